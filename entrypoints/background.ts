import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startOrderService } from '../utils/background/orderService';

export default defineBackground({
  type: 'module',
  main: () => startOrderService(browser),
});
