/** The toolbar badge: unseen orders, capped so it stays legible; empty when none. */
export function badgeText(unseenCount: number): string {
  if (unseenCount <= 0) return '';
  return unseenCount > 99 ? '99+' : String(unseenCount);
}
