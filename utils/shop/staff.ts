import { STAFF_ROLE_NAMES, type ShopUser } from './schemas';

/** Only administrators and employees receive orders; the server refuses every other role at the stream. */
export function isStaffUser(user: ShopUser): boolean {
  return (STAFF_ROLE_NAMES as readonly string[]).includes(user.user_type.name_ar);
}
