/**
 * The hand-sized plan the forecast tests work by hand: a family of two adults (born 1990-01-15 and
 * 1992-06-20) and a child aged 3 (born 2021-01-10), settled 1 March 2024, the adults in a 24-month
 * programme from 1 April 2024; and an unaccompanied minor born 2008-02-01, settled 1 September 2024.
 */
import type { SettlementPlanInput } from '../../src/index.js';

export const HAND_SIZED_PLAN: SettlementPlanInput = {
  name: 'Hand-sized plan',
  entries: [
    {
      kind: 'person',
      id: 'A1',
      household: 'F',
      settlementDate: '2024-03-01',
      birthDate: '1990-01-15',
      role: 'adultInFamily',
      programme: { startDelayMonths: 1, lengthMonths: 24 },
    },
    {
      kind: 'person',
      id: 'A2',
      household: 'F',
      settlementDate: '2024-03-01',
      birthDate: '1992-06-20',
      role: 'adultInFamily',
      programme: { startDelayMonths: 1, lengthMonths: 24 },
    },
    { kind: 'person', id: 'C1', household: 'F', settlementDate: '2024-03-01', birthDate: '2021-01-10', role: 'child' },
    { kind: 'person', id: 'M1', settlementDate: '2024-09-01', birthDate: '2008-02-01', role: 'unaccompaniedMinor' },
  ],
};
