import { Injectable } from '@nestjs/common';
import { FieldCipher, type CipherContext } from '@kindred/core';

/** The application columns holding free text, all sealed with FieldCipher. */
export type SparkTextColumn = 'next_step' | 'info_request' | 'decline_reason' | 'payment_reference' | 'follow_up_note';

export const sparkTextContext = (applicationId: string, column: SparkTextColumn): CipherContext => ({
  table: 'spark_applications',
  column,
  rowId: applicationId,
});

/** Seals and opens an application's free text, bound to its row and column. */
@Injectable()
export class SparkTexts {
  constructor(private readonly cipher: FieldCipher) {}

  seal(applicationId: string, column: SparkTextColumn, text: string): string;
  seal(applicationId: string, column: SparkTextColumn, text: string | null): string | null;
  seal(applicationId: string, column: SparkTextColumn, text: string | null): string | null {
    return text === null ? null : this.cipher.encrypt(text, sparkTextContext(applicationId, column));
  }

  open(applicationId: string, column: SparkTextColumn, sealed: string | null): string | null {
    return sealed === null ? null : this.cipher.decrypt(sealed, sparkTextContext(applicationId, column));
  }
}
