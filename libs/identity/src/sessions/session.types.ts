import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SessionTokens', { description: 'Credentials for a signed-in device.' })
export class SessionTokensObject {
  @Field(() => String, { description: 'Short-lived token for the Authorization: Bearer header (or graphql-ws connectionParams).' })
  accessToken!: string;

  @Field(() => Date, { description: 'When the access token stops working; refresh before then.' })
  accessTokenExpiresAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Single-use token for refreshSession. Keep it secret; using one twice signs the device out. Null for the web app (header x-kindred-client: web): its refresh token is set as an HttpOnly cookie instead, out of reach of page scripts, and renewed with POST /auth/refresh.',
  })
  refreshToken!: string | null;

  @Field(() => Date, { description: 'When the session ends unless refreshed.' })
  refreshTokenExpiresAt!: Date;
}
