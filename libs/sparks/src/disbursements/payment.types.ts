import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PaymentMethod } from '../applications/spark-enums';

registerEnumType(PaymentMethod, {
  name: 'SparkPaymentMethod',
  description: 'How a small spark was paid.',
  valuesMap: {
    VOUCHER: { description: 'A voucher given to the member.' },
    BANK_TRANSFER: { description: 'A bank transfer to the member.' },
    SUPPLIER_DIRECT: { description: 'Paid straight to the supplier, so the member never handles cash.' },
  },
});

@InputType({ description: 'How a grant was paid.' })
export class RecordSparkPaymentInput {
  @Field(() => PaymentMethod, { description: 'Voucher, bank transfer, or paid to the supplier.' })
  method!: PaymentMethod;

  @Field(() => String, { description: 'The voucher number, transfer reference or supplier invoice (up to 200 characters).' })
  reference!: string;
}

@ObjectType('SparkPaymentDetails', {
  description: 'How a grant was paid: for the applicant and the coordinators who approved or paid it only; each coordinator’s read is logged.',
})
export class SparkPaymentDetailsObject {
  @Field(() => PaymentMethod, { description: 'How it was paid.' })
  method!: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'The voucher number, transfer reference or supplier invoice; null once erased.' })
  reference!: string | null;

  @Field(() => Date, { description: 'When the payment was recorded.' })
  recordedAt!: Date;

  @Field(() => Boolean, { description: 'Whether you recorded it.' })
  recordedByMe!: boolean;
}
