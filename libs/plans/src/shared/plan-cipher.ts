import { Injectable } from '@nestjs/common';
import { FieldCipher } from '@kindred/core';

/** Every column of a plan that holds a person's own words, all FieldCipher ciphertext. */
export const SEALED_FIELDS = [
  'recovery_goals.title',
  'recovery_goals.why',
  'recovery_goal_steps.title',
  'plan_suggestions.title',
  'plan_suggestions.why',
  'plan_suggestions.answer_note',
] as const;

export type SealedField = (typeof SEALED_FIELDS)[number];

/**
 * A plan says what someone is working on in their recovery, so its words are encrypted at
 * rest like diary entries and notes; each ciphertext is bound to its row and column.
 */
@Injectable()
export class PlanCipher {
  constructor(private readonly cipher: FieldCipher) {}

  seal(field: SealedField, rowId: string, text: string): string {
    return this.cipher.encrypt(text, contextOf(field, rowId));
  }

  sealOptional(field: SealedField, rowId: string, text: string | null): string | null {
    return text === null ? null : this.seal(field, rowId, text);
  }

  open(field: SealedField, rowId: string, ciphertext: string): string {
    return this.cipher.decrypt(ciphertext, contextOf(field, rowId));
  }

  openOptional(field: SealedField, rowId: string, ciphertext: string | null): string | null {
    return ciphertext === null ? null : this.open(field, rowId, ciphertext);
  }
}

export function contextOf(field: SealedField, rowId: string): { table: string; column: string; rowId: string } {
  const [table, column] = field.split('.') as [string, string];
  return { table, column, rowId };
}
