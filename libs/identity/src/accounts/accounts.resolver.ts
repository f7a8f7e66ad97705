import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, RequestContext, SignedIn, type GraphqlContext, type Viewer } from '@kindred/core';
import { AcknowledgementObject, acknowledged } from '@kindred/core';
import { AccountObject, RegisterInput } from './account.types';
import { AccountsService } from './accounts.service';
import { EmailVerificationService } from './email-verification.service';
import { PasswordResetService } from './password-reset.service';
import type { User } from './user.entity';
import { IdentityMessages } from '../identity.messages';

export function toAccountObject(user: User): AccountObject {
  return {
    id: user.id,
    email: user.email ?? '',
    emailVerified: user.emailVerifiedAt !== null,
    displayName: user.displayName,
    pronouns: user.pronouns,
    locale: user.locale,
    timeZone: user.timeZone,
    roles: user.roles,
    createdAt: user.createdAt,
  };
}

const request = (context: GraphqlContext) => ({ requestId: context.requestId, clientIp: context.clientIp });

@Resolver(() => AccountObject)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly verification: EmailVerificationService,
    private readonly passwordReset: PasswordResetService,
  ) {}

  @Public('joining Kindred')
  @Mutation(() => AcknowledgementObject, {
    description: 'Creates an account and emails a confirmation link. The answer never reveals whether the address already had one.',
  })
  async register(
    @Args('input', { description: 'Email, password and how to be known.' }) input: RegisterInput,
    @RequestContext() context: GraphqlContext,
  ): Promise<AcknowledgementObject> {
    return acknowledged(await this.accounts.register(input, request(context)));
  }

  @SignedIn()
  @Query(() => AccountObject, { description: 'The signed-in person’s own account.' })
  async me(@CurrentViewer() viewer: Viewer): Promise<AccountObject> {
    return toAccountObject(await this.accounts.get(viewer.userId));
  }

  @SignedIn()
  @Mutation(() => AcknowledgementObject, { description: 'Changes the password and signs out every other device.' })
  async changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('currentPassword', { description: 'The password in use now.' }) currentPassword: string,
    @Args('newPassword', { description: 'At least 12 characters, not a commonly used password.' }) newPassword: string,
    @RequestContext() context: GraphqlContext,
  ): Promise<AcknowledgementObject> {
    await this.accounts.changePassword(viewer, currentPassword, newPassword, context.requestId);
    return acknowledged(IdentityMessages.PASSWORD_CHANGED());
  }

  @Public('following the link in a confirmation email')
  @Mutation(() => AcknowledgementObject, { description: 'Confirms an email address with the token from the emailed link.' })
  async verifyEmail(
    @Args('token', { description: 'The token from the confirmation link.' }) token: string,
    @RequestContext() context: GraphqlContext,
  ): Promise<AcknowledgementObject> {
    await this.verification.verify(token, context.requestId);
    return acknowledged(IdentityMessages.EMAIL_CONFIRMED());
  }

  @Public('a person who cannot sign in asks for a reset link')
  @Mutation(() => AcknowledgementObject, {
    description: 'Emails a link to choose a new password. Answers the same whether or not the address has an account.',
  })
  async requestPasswordReset(
    @Args('email', { description: 'The address the account uses.' }) email: string,
    @RequestContext() context: GraphqlContext,
  ): Promise<AcknowledgementObject> {
    return acknowledged(await this.passwordReset.request(email, request(context)));
  }

  @Public('following the link in a password reset email')
  @Mutation(() => AcknowledgementObject, { description: 'Sets a new password with the emailed token and signs out every device.' })
  async resetPassword(
    @Args('token', { description: 'The token from the reset link.' }) token: string,
    @Args('newPassword', { description: 'At least 12 characters, not a commonly used password.' }) newPassword: string,
    @RequestContext() context: GraphqlContext,
  ): Promise<AcknowledgementObject> {
    await this.passwordReset.reset(token, newPassword, context.requestId);
    return acknowledged(IdentityMessages.NEW_PASSWORD_SET());
  }
}
