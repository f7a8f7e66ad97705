/** What a grant is for. Stored as text: never rename a value. */
export enum SparkCategory {
  TRANSPORT = 'TRANSPORT',
  WORK_CLOTHING = 'WORK_CLOTHING',
  TRAINING_FEES = 'TRAINING_FEES',
  IDENTITY_DOCUMENTS = 'IDENTITY_DOCUMENTS',
  PHONE_OR_DATA = 'PHONE_OR_DATA',
  WORK_TOOLS = 'WORK_TOOLS',
  HOUSING_COSTS = 'HOUSING_COSTS',
  OTHER = 'OTHER',
}

/** How a grant was paid. Stored as text. */
export enum PaymentMethod {
  VOUCHER = 'VOUCHER',
  BANK_TRANSFER = 'BANK_TRANSFER',
  /** The alliance paid the supplier, so the member never handled cash. */
  SUPPLIER_DIRECT = 'SUPPLIER_DIRECT',
}

/** How it went, in the member's own judgement. Stored as text. */
export enum FollowUpOutcome {
  HELPED = 'HELPED',
  HELPED_A_LITTLE = 'HELPED_A_LITTLE',
  DID_NOT_HELP = 'DID_NOT_HELP',
  TOO_EARLY_TO_SAY = 'TOO_EARLY_TO_SAY',
}
