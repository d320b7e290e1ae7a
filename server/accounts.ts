/** Demo accounts of the reference backend, shaped like the shop's `users` rows. */
const STAFF_ROLES = ['مدير', 'موظف'] as const;

interface UserType {
  id: number;
  name_ar: string;
  name_en: string | null;
}

export interface Account {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  password: string;
  user_type: UserType;
  is_active: boolean;
  /** Some real accounts get a fixed opaque token instead of a JWT. */
  opaqueToken?: string;
}

const ADMIN: UserType = { id: 1, name_ar: 'مدير', name_en: null };
const EMPLOYEE: UserType = { id: 2, name_ar: 'موظف', name_en: null };
const CUSTOMER: UserType = { id: 3, name_ar: 'عميل', name_en: null };

export const DEMO_ACCOUNTS: readonly Account[] = [
  {
    id: 1,
    name: 'مدير المطبعة',
    email: 'admin@khawam.local',
    phone: '0911111111',
    password: 'admin123',
    user_type: ADMIN,
    is_active: true,
    opaqueToken: 'admin_token_1',
  },
  {
    id: 7,
    name: 'سارة الموظفة',
    email: 'staff@khawam.local',
    phone: '0922222222',
    password: 'staff123',
    user_type: EMPLOYEE,
    is_active: true,
  },
  {
    id: 8,
    name: 'رامي الموظف',
    email: 'staff2@khawam.local',
    phone: '0944444444',
    password: 'staff123',
    user_type: EMPLOYEE,
    is_active: true,
  },
  {
    id: 21,
    name: 'زبون تجريبي',
    email: 'customer@khawam.local',
    phone: '0933333333',
    password: 'customer123',
    user_type: CUSTOMER,
    is_active: true,
  },
  {
    id: 30,
    name: 'موظف سابق',
    email: 'inactive@khawam.local',
    phone: '0955555555',
    password: 'inactive123',
    user_type: EMPLOYEE,
    is_active: false,
  },
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The backend accepts `09…`, `9639…` and `+9639…` for the same phone; anything that is
 * neither a phone nor an e-mail is a 400 (bad username format).
 */
export function normalizeUsername(raw: string): { kind: 'email' | 'phone'; value: string } | null {
  const username = raw.trim();
  if (EMAIL.test(username)) return { kind: 'email', value: username.toLowerCase() };
  const digits = username.replace(/[\s-]/g, '');
  const match = /^(?:\+?963|0)(9\d{8})$/.exec(digits);
  return match ? { kind: 'phone', value: `0${match[1]}` } : null;
}

export function findAccount(
  accounts: readonly Account[],
  username: ReturnType<typeof normalizeUsername> & object,
): Account | undefined {
  return accounts.find((account) =>
    username.kind === 'email' ? account.email?.toLowerCase() === username.value : account.phone === username.value,
  );
}

export function isStaff(account: Account): boolean {
  return (STAFF_ROLES as readonly string[]).includes(account.user_type.name_ar);
}

/** The user object the API returns: the account without its secrets. */
export function publicUser(account: Account) {
  const { id, name, email, phone, user_type, is_active } = account;
  return { id, name, email, phone, user_type, is_active };
}
