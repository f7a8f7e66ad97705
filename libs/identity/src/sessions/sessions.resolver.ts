import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, RequestContext, SignedIn, type GraphqlContext, type Viewer } from '@kindred/core';
import { AcknowledgementObject, acknowledged } from '@kindred/core';
import { SessionTokensObject } from './session.types';
import { SessionsService } from './sessions.service';
import { WebSessionCookies } from './web-session-cookies';
import { IdentityMessages } from '../identity.messages';

@Resolver(() => SessionTokensObject)
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly cookies: WebSessionCookies,
  ) {}

  @Public('signing in')
  @Mutation(() => SessionTokensObject, { description: 'Signs in with email and password. Rate limited per address and per IP.' })
  async login(
    @Args('email', { description: 'The address the account uses.' }) email: string,
    @Args('password', { description: 'The account password.' }) password: string,
    @RequestContext() context: GraphqlContext,
  ): Promise<SessionTokensObject> {
    return this.cookies.deliver(await this.sessions.login(email, password, { requestId: context.requestId, clientIp: context.clientIp }), context);
  }

  @Public('the refresh token is the credential')
  @Mutation(() => SessionTokensObject, {
    description: 'Exchanges a refresh token for new tokens. Each refresh token works once; reusing one signs that device out.',
  })
  async refreshSession(
    @Args('refreshToken', { description: 'The refresh token from login or the previous refresh.' }) refreshToken: string,
    @RequestContext() context: GraphqlContext,
  ): Promise<SessionTokensObject> {
    return this.cookies.deliver(await this.sessions.refresh(refreshToken, { requestId: context.requestId, clientIp: context.clientIp }), context);
  }

  @SignedIn()
  @Mutation(() => AcknowledgementObject, { description: 'Signs this device out.' })
  async logout(@CurrentViewer() viewer: Viewer, @RequestContext() context: GraphqlContext): Promise<AcknowledgementObject> {
    await this.sessions.logout(viewer, context.requestId);
    return acknowledged(IdentityMessages.SIGNED_OUT_HERE());
  }

  @SignedIn()
  @Mutation(() => AcknowledgementObject, { description: 'Signs every device out, this one included.' })
  async logoutEverywhere(@CurrentViewer() viewer: Viewer, @RequestContext() context: GraphqlContext): Promise<AcknowledgementObject> {
    const count = await this.sessions.logoutEverywhere(viewer, context.requestId);
    return acknowledged(IdentityMessages.SIGNED_OUT_EVERYWHERE({ count }));
  }
}
