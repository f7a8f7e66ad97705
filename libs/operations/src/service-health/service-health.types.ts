import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ServiceHealth', { description: 'Whether the GraphQL service is answering, for clients and probes.' })
export class ServiceHealthObject {
  @Field(() => String, { description: 'Always "ok" when the service answers at all.' })
  status!: string;

  @Field(() => Date, { description: "The server's clock, to help clients notice a skewed device clock." })
  serverTime!: Date;
}
