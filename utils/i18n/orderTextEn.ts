import type { OrderText } from './orderTextAr';
import { CONNECTION_TEXT_EN } from './connectionTextEn';

export const ORDER_TEXT_EN: OrderText = {
  order: {
    picture: "The order's picture",
    pickup: 'Pick-up',
    delivery: 'Delivery',
    open: 'Open the order in the dashboard',
    accept: 'Accept order',
    accepting: 'Accepting…',
    acceptedHere: 'You accepted it',
    handledElsewhere: 'A colleague handled it',
    acceptFailed: (reason: string) => `Not accepted: ${reason}`,
    status: {
      pending: 'New, waiting to be accepted',
      accepted: 'Accepted',
      preparing: 'Being prepared',
      shipping: 'Out for delivery',
      awaiting_pickup: 'Ready for pick-up',
      completed: 'Completed',
      cancelled: 'Cancelled',
      rejected: 'Rejected',
    },
    unknownStatus: (status: string) => `Status: ${status}`,
  },
  acceptProblem: {
    signInRequired: 'The server refused your sign-in. Sign in again, then accept the order.',
    notAllowed: 'This account may not accept orders.',
    refused: 'The server refused this change.',
    notFound: 'This order no longer exists on the server.',
    serverError: 'The server had an error. Try again.',
    unreachable: 'Cannot reach the server. Check the connection and try again.',
    redirected: 'The server redirected the request to another address; it was not sent there. Ask the administrator.',
    interrupted: 'The accept was interrupted before the server answered. Try again.',
    // Only the owner's account can change orders there; the dashboard's accept is refused as well.
    serverDefect: CONNECTION_TEXT_EN.changesRefused,
  },
};
