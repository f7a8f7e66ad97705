import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DataExportStatus } from './data-export.entity';

registerEnumType(DataExportStatus, {
  name: 'DataExportStatus',
  description: 'Where a copy of a person’s data is in its life.',
  valuesMap: {
    REQUESTED: { description: 'Asked for; it is being prepared.' },
    READY: { description: 'Prepared; it can be fetched until it expires.' },
    EXPIRED: { description: 'Past its expiry; its content has been deleted. Ask for a new copy if needed.' },
  },
});

@ObjectType('DataExport', { description: 'A copy of everything Kindred holds about the signed-in person.' })
export class DataExportObject {
  @Field(() => ID, { description: 'Identifier of this copy.' })
  id!: string;

  @Field(() => DataExportStatus, { description: 'Whether the copy is being prepared, ready, or expired.' })
  status!: DataExportStatus;

  @Field(() => Date, { description: 'When the copy was asked for.' })
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the copy was ready.' })
  readyAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the copy will be or was deleted.' })
  expiresAt!: Date | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The data itself, as JSON, while the copy is ready and not expired. Fetching it is recorded in the security log.',
  })
  content!: Record<string, unknown> | null;
}
