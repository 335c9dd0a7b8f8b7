import { createRandom, hashString } from './prng.js';

export interface SimulatedBank {
  /** Short stable id; Mono's institution id for it, in the simulator's list and the sandbox widget alike, is `institutionId(bank)`. */
  id: string;
  name: string;
  bankCode: string;
  type: string;
}

export const SIMULATED_BANKS: readonly SimulatedBank[] = [
  { id: 'gtbank', name: 'GTBank', bankCode: '058', type: 'PERSONAL_BANKING' },
  { id: 'access', name: 'Access Bank', bankCode: '044', type: 'PERSONAL_BANKING' },
  { id: 'zenith', name: 'Zenith Bank', bankCode: '057', type: 'PERSONAL_BANKING' },
  { id: 'firstbank', name: 'First Bank of Nigeria', bankCode: '011', type: 'PERSONAL_BANKING' },
  { id: 'uba', name: 'UBA', bankCode: '033', type: 'PERSONAL_BANKING' },
  { id: 'kuda', name: 'Kuda', bankCode: '50211', type: 'PERSONAL_BANKING' },
];

export interface SimulatedTransaction {
  id: string;
  type: 'debit' | 'credit';
  /** Kobo. */
  amount: number;
  narration: string;
  /** ISO 8601. */
  date: string;
  /** Kobo, after this transaction. */
  balance: number;
  category: string;
  currency: 'NGN';
}

export interface SimulatedAccount {
  id: string;
  name: string;
  accountNumber: string;
  type: string;
  currency: 'NGN';
  bvn: string;
  bank: SimulatedBank;
  authMethod: 'internet_banking' | 'mobile_banking';
  /** Kobo. */
  balance: number;
  transactions: SimulatedTransaction[];
}

const FIRST_NAMES = ['Ada', 'Chinedu', 'Funke', 'Ibrahim', 'Ngozi', 'Tunde', 'Aisha', 'Emeka', 'Zainab', 'Segun'];
const LAST_NAMES = ['Okafor', 'Adeyemi', 'Bello', 'Eze', 'Okonkwo', 'Balogun', 'Musa', 'Nwosu', 'Abubakar', 'Ogunleye'];
const MERCHANTS = ['SHOPRITE LEKKI', 'CHICKEN REPUBLIC', 'TOTAL ENERGIES', 'JUMIA', 'SPAR ABUJA', 'KILIMANJARO', 'MEDPLUS'];

const DEBITS: readonly { category: string; narration: (pick: <T>(items: readonly T[]) => T) => string; min: number; max: number }[] = [
  { category: 'shopping', narration: (pick) => `POS PURCHASE ${pick(MERCHANTS)}`, min: 1_500_00, max: 85_000_00 },
  { category: 'transfer', narration: (pick) => `NIP TRF TO ${pick(FIRST_NAMES).toUpperCase()} ${pick(LAST_NAMES).toUpperCase()}`, min: 2_000_00, max: 250_000_00 },
  { category: 'airtime', narration: (pick) => `AIRTIME ${pick(['MTN', 'AIRTEL', 'GLO', '9MOBILE'])} ${pick(['08031234567', '08123456789', '07069876543', '09051122334'])}`, min: 100_00, max: 10_000_00 },
  { category: 'bills', narration: (pick) => `${pick(['DSTV', 'GOTV', 'IKEDC PREPAID', 'EKEDC POSTPAID', 'SPECTRANET'])} PAYMENT`, min: 4_000_00, max: 45_000_00 },
  { category: 'bank_charges', narration: () => 'SMS ALERT CHARGES', min: 4_00, max: 50_00 },
  { category: 'atm_withdrawal', narration: (pick) => `ATM WDL ${pick(['GTB', 'ACCESS', 'ZENITH', 'UBA'])} ATM IKEJA`, min: 5_000_00, max: 40_000_00 },
  { category: 'transport', narration: (pick) => `${pick(['BOLT', 'UBER'])} TRIP LAGOS`, min: 1_200_00, max: 12_000_00 },
];

const CREDITS: readonly { category: string; narration: (pick: <T>(items: readonly T[]) => T) => string; min: number; max: number }[] = [
  { category: 'salary', narration: (pick) => `SALARY ${pick(['ACME NIGERIA LTD', 'PAYSTACK', 'DANGOTE GROUP', 'ANDELA'])}`, min: 350_000_00, max: 1_200_000_00 },
  { category: 'transfer', narration: (pick) => `NIP TRF FROM ${pick(FIRST_NAMES).toUpperCase()} ${pick(LAST_NAMES).toUpperCase()}`, min: 5_000_00, max: 150_000_00 },
  { category: 'reversal', narration: () => 'REVERSAL: FAILED POS TRANSACTION', min: 1_000_00, max: 20_000_00 },
  { category: 'interest', narration: () => 'INTEREST CREDIT', min: 50_00, max: 2_500_00 },
];

/**
 * The bank's institution id, one scheme everywhere (`sandbox-gtbank`): the
 * simulator's `GET /v1/institutions`, the sandbox widget's bank list and its
 * `selectedInstitution`, so a bank picked from the proxy's list opens the
 * sandbox widget straight on that bank.
 */
export const institutionId = (bank: Pick<SimulatedBank, 'id'>): string => `sandbox-${bank.id}`;

/** The bank behind an institution id (`sandbox-gtbank`), or `undefined`. */
export const bankOfInstitution = (id: string | undefined): SimulatedBank | undefined =>
  id === undefined ? undefined : SIMULATED_BANKS.find((bank) => institutionId(bank) === id);

/** Default "today" for generated histories, so test data is identical on every machine and day. */
export const SIMULATION_TODAY = Date.UTC(2026, 10, 1, 12);

/**
 * A deterministic account with a history of `count` transactions, newest
 * first, over the months before `today` (default `SIMULATION_TODAY`). With `bank`, the
 * sandbox user's account at that bank: every link there gives the same
 * holder, number and history under a new id, as Mono does on a re-link.
 */
export function generateAccount(
  id: string,
  options: { seed: number; transactions?: number; hostileNarration?: boolean; bank?: SimulatedBank; today?: number },
): SimulatedAccount {
  const random = createRandom(options.seed ^ hashString(options.bank ? institutionId(options.bank) : id));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => Math.round((min + random() * (max - min)) / 100) * 100;
  const bank = options.bank ?? pick(SIMULATED_BANKS);
  const count = options.transactions ?? 240 + Math.floor(random() * 180);

  // Walk back in time from today's balance, so balances stay consistent.
  let balance = between(80_000_00, 900_000_00);
  const openingBalance = balance;
  let time = options.today ?? SIMULATION_TODAY;
  const transactions: SimulatedTransaction[] = [];
  for (let i = 0; i < count; i++) {
    time -= Math.floor((2 + random() * 30) * 3600_000);
    const credit = random() < 0.28;
    const kind = credit ? pick(CREDITS) : pick(DEBITS);
    const amount = between(kind.min, kind.max);
    transactions.push({
      id: `${id.slice(0, 12)}${i.toString(16).padStart(12, '0')}`,
      type: credit ? 'credit' : 'debit',
      amount,
      narration: kind.narration(pick),
      date: new Date(time).toISOString(),
      balance,
      category: kind.category,
      currency: 'NGN',
    });
    balance += credit ? -amount : amount;
  }
  if (options.hostileNarration && transactions.length > 1) {
    transactions[1]!.narration = '<img src=x onerror="alert(document.domain)"> NIP TRF <b>bold</b>';
  }
  let first = pick(FIRST_NAMES);
  let last = pick(LAST_NAMES);
  if (options.bank) {
    // The sandbox user is one person, whichever bank they link.
    const person = createRandom(options.seed ^ hashString('sandbox-user'));
    first = FIRST_NAMES[Math.floor(person() * FIRST_NAMES.length)]!;
    last = LAST_NAMES[Math.floor(person() * LAST_NAMES.length)]!;
  }
  return {
    id,
    name: `${first.toUpperCase()} ${last.toUpperCase()}`,
    accountNumber: String(Math.floor(random() * 9_000_000_000) + 1_000_000_000),
    type: pick(['SAVINGS ACCOUNT', 'CURRENT ACCOUNT']),
    currency: 'NGN',
    bvn: String(Math.floor(random() * 90_000_000_000) + 10_000_000_000),
    bank,
    authMethod: random() < 0.5 ? 'internet_banking' : 'mobile_banking',
    balance: openingBalance,
    transactions,
  };
}

/** A query date as Mono takes it: `DD-MM-YYYY`, or anything `Date.parse` reads. */
export const parseDate = (value: string): number | undefined => {
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  const time = Date.parse(dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : value);
  return Number.isNaN(time) ? undefined : time;
};
