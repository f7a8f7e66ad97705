import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig, PlatformRole } from '@kindred/core';
import { RolesService } from '@kindred/identity';
import { MentorSuggestionsService } from '@kindred/mentorship';
import { DEMO_PASSWORD, DEMO_PERSONAS, demoEmail, type DemoPersonaKey } from './demo-personas';

/** Thrown when asked to create the demo world where it must never be. */
export class DemoWorldRefused extends Error {
  override readonly name = 'DemoWorldRefused';
}

/** Held while the demo world is created, so two processes starting together make one. */
const SEED_LOCK = 'kindred:demo-world';
const DAY_MS = 86_400_000;

interface Session {
  userId: string;
  accessToken: string;
  displayName: string;
}

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const dateOnly = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * A living Kindred for newcomers: two alliances (English and French), their people, and a
 * few weeks of life. Everything goes through the public GraphQL API as each person would do
 * it, so every rule, screening, encryption and audit entry holds. Only what the API cannot
 * do by design is set directly: the first administrator (as `npm run grant-role` does), the
 * accounts' age (past the first days' limits) and the dates of past check-ins.
 *
 * Idempotent: the demo world is there once its administrator exists, and creating it again
 * changes nothing. Never in production.
 */
export class DemoWorld {
  private readonly sessions = new Map<DemoPersonaKey, Session>();
  private readonly dataSource: DataSource;

  constructor(
    private readonly app: NestFastifyApplication,
    private readonly logger: Logger,
  ) {
    this.dataSource = app.get(DataSource);
  }

  async exists(): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM users WHERE email = $1', [demoEmail('morgan')]);
    return rows.length > 0;
  }

  /** Creates the demo world unless it is there; says which. */
  async ensure(): Promise<'created' | 'present'> {
    if (this.app.get(AppConfig).isProduction) {
      throw new DemoWorldRefused('The demo world is never created in production (NODE_ENV=production): it has known passwords.');
    }
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock(hashtext($1))', [SEED_LOCK]);
      if (await this.exists()) return 'present';
      const started = Date.now();
      await this.create();
      this.logger.info({ ms: Date.now() - started, people: DEMO_PERSONAS.length }, 'demo world created');
      return 'created';
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [SEED_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  private async create(): Promise<void> {
    await this.people();
    const { riverside, croixRousse } = await this.alliances();
    await this.memberships(riverside, croixRousse);
    await this.mentors(riverside, croixRousse);
    await this.recoveryCapital();
    await this.checkins();
    await this.circle();
    await this.conversations();
    await this.stories(riverside, croixRousse);
    await this.fund(riverside);
    await this.moderationCase();
    // What the worker's debounced refresh would compute, at once: suggestions show on first sign-in.
    const suggestions = this.app.get(MentorSuggestionsService, { strict: false });
    await suggestions.refreshAlliance(riverside);
    await suggestions.refreshAlliance(croixRousse);
  }

  private async people(): Promise<void> {
    let address = 10;
    for (const persona of DEMO_PERSONAS) {
      // Each from an address of the documentation range, so no real client's limits are spent.
      const remoteAddress = `192.0.2.${address++}`;
      await this.call(
        null,
        'mutation($input: RegisterInput!) { register(input: $input) { ok } }',
        {
          input: {
            email: demoEmail(persona.key),
            password: DEMO_PASSWORD,
            displayName: persona.displayName,
            locale: persona.locale,
            timeZone: persona.locale === 'fr' ? 'Europe/Paris' : 'Europe/London',
            ...(persona.pronouns ? { pronouns: persona.pronouns } : {}),
            ...(persona.supporter ? { roles: ['SUPPORTER'] } : {}),
          },
        },
        remoteAddress,
      );
      // Joined months ago, as a living community has: past the first days' limits on new accounts.
      await this.dataSource.query(
        `UPDATE users SET created_at = now() - interval '120 days', email_verified_at = now() - interval '120 days' WHERE email = $1`,
        [demoEmail(persona.key)],
      );
      const { login } = await this.call<{ login: { accessToken: string } }>(
        null,
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        { e: demoEmail(persona.key), p: DEMO_PASSWORD },
        remoteAddress,
      );
      const { me } = await this.callWith<{ me: { id: string } }>(login.accessToken, '{ me { id } }');
      this.sessions.set(persona.key, { userId: me.id, accessToken: login.accessToken, displayName: persona.displayName });
    }
    // The first administrator, appointed as an operator does (audited, with no actor).
    await this.app.get(RolesService, { strict: false }).grant(this.id('morgan'), PlatformRole.ADMIN, null, null);
  }

  private async alliances(): Promise<{ riverside: string; croixRousse: string }> {
    const create = 'mutation($input: AllianceInput!) { createAlliance(input: $input) { id } }';
    const { createAlliance: riverside } = await this.as<{ createAlliance: { id: string } }>('morgan', create, {
      input: {
        name: 'Riverside Recovery Network',
        description: 'Peers, families and friends in Leeds walking alongside each other in recovery. Drop in on Tuesdays for tea.',
        region: 'West Yorkshire',
        city: 'Leeds',
        postcodePrefixes: ['LS'],
        languages: ['en'],
        currency: 'GBP',
        crisisResources: [
          { name: 'Samaritans', phone: '116 123', hours: 'Every day, day and night', languages: ['en'] },
          { name: 'FRANK', phone: '0300 123 6600', hours: 'Every day, day and night', languages: ['en'] },
        ],
        partnerOrganisations: [
          { name: 'Kirkgate Community Kitchen', kind: 'COMMUNITY_GROUP', description: 'Cook and eat together on Thursday evenings.' },
          { name: 'Northside Housing Advice', kind: 'HOUSING', description: 'Free advice on tenancies and moving home.' },
        ],
      },
    });
    const { createAlliance: croixRousse } = await this.as<{ createAlliance: { id: string } }>('morgan', create, {
      input: {
        name: 'Entraide Croix-Rousse',
        description: 'Des pairs, des familles et des amis à Lyon, pour avancer ensemble dans le rétablissement. Café partagé le samedi matin.',
        region: 'Auvergne-Rhône-Alpes',
        city: 'Lyon',
        postcodePrefixes: ['69'],
        languages: ['fr'],
        currency: 'EUR',
        crisisResources: [
          { name: '3114, numéro national de prévention du suicide', phone: '3114', hours: '24 h/24, 7 j/7', languages: ['fr'] },
          { name: 'Drogues Info Service', phone: '0 800 23 13 13', hours: 'Tous les jours, de 8 h à 2 h', languages: ['fr'] },
        ],
        partnerOrganisations: [{ name: 'Atelier Vélo des Pentes', kind: 'VOLUNTEER_GROUP', description: 'Réparer des vélos ensemble, le mercredi.' }],
      },
    });
    const resource = 'mutation($a: ID!, $input: AllianceResourceInput!) { addAllianceResource(allianceId: $a, input: $input) { id } }';
    const appointCoordinator = 'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }';
    for (const key of ['helen', 'kwame'] as const) await this.as('morgan', appointCoordinator, { a: riverside.id, u: this.id(key) });
    await this.as('morgan', appointCoordinator, { a: croixRousse.id, u: this.id('camille') });
    for (const input of [
      {
        kind: 'MEETING',
        name: 'Tuesday peer circle',
        description: 'An open, welcoming group: come as you are.',
        hours: 'Tuesdays 18:30–20:00',
        address: 'Quarry Hill Community Centre',
      },
      {
        kind: 'DROP_IN_CENTRE',
        name: 'Harbour drop-in',
        description: 'Tea, a warm room and someone to talk to. Naloxone kits available.',
        hours: 'Weekdays 10:00–16:00',
      },
      {
        kind: 'FAMILY_GROUP',
        name: 'Families together',
        description: 'For parents, partners and friends of people in recovery.',
        hours: 'First Monday of the month, 19:00',
        audience: 'SUPPORTERS',
      },
    ]) {
      await this.as('helen', resource, { a: riverside.id, input: { ...input, languages: ['en'] } });
    }
    for (const input of [
      {
        kind: 'MEETING',
        name: 'Groupe de pairs du jeudi',
        description: 'Un groupe ouvert et bienveillant : venez comme vous êtes.',
        hours: 'Jeudi 18 h 30–20 h',
      },
      {
        kind: 'SERVICE',
        name: 'CSAPA des Pentes',
        description: 'Accompagnement gratuit et confidentiel, avec ou sans rendez-vous.',
        hours: 'Du lundi au vendredi, 9 h–17 h',
      },
      {
        kind: 'FAMILY_GROUP',
        name: 'Proches en lien',
        description: 'Pour les parents, conjoints et amis.',
        hours: 'Un mardi sur deux, 19 h',
        audience: 'SUPPORTERS',
      },
    ]) {
      await this.as('camille', resource, { a: croixRousse.id, input: { ...input, languages: ['fr'] } });
    }
    return { riverside: riverside.id, croixRousse: croixRousse.id };
  }

  private async memberships(riverside: string, croixRousse: string): Promise<void> {
    const join = async (key: DemoPersonaKey, allianceId: string, capacity: 'MEMBER' | 'SUPPORTER', coordinator: DemoPersonaKey): Promise<void> => {
      const { requestToJoinAlliance } = await this.as<{ requestToJoinAlliance: { id: string } }>(
        key,
        `mutation($a: ID!) { requestToJoinAlliance(allianceId: $a, capacity: ${capacity}) { id } }`,
        { a: allianceId },
      );
      await this.as(coordinator, 'mutation($m: ID!) { decideMembership(membershipId: $m, decision: APPROVE) { status } }', { m: requestToJoinAlliance.id });
    };
    for (const key of ['jo', 'dev', 'rosa', 'tom', 'sam', 'priya', 'alex', 'chris', 'niamh', 'lee'] as const) await join(key, riverside, 'MEMBER', 'helen');
    for (const key of ['maggie', 'ben'] as const) await join(key, riverside, 'SUPPORTER', 'kwame');
    for (const key of ['yanis', 'nadia', 'luc', 'ines', 'mathis', 'lea', 'karim', 'zoe'] as const) await join(key, croixRousse, 'MEMBER', 'camille');
    // Moderators come from the alliance's own people.
    const appointModerator = 'mutation($a: ID!, $u: ID!) { appointModerator(allianceId: $a, userId: $u) { userId } }';
    await this.as('morgan', appointModerator, { a: riverside, u: this.id('jo') });
    await this.as('morgan', appointModerator, { a: croixRousse, u: this.id('yanis') });
  }

  private async mentors(riverside: string, croixRousse: string): Promise<void> {
    const evenings = [
      { day: 'TUESDAY', start: '18:00', end: '21:00' },
      { day: 'THURSDAY', start: '18:00', end: '21:00' },
    ];
    const daytime = [
      { day: 'MONDAY', start: '10:00', end: '14:00' },
      { day: 'WEDNESDAY', start: '10:00', end: '14:00' },
    ];
    const weekend = [{ day: 'SATURDAY', start: '09:00', end: '13:00' }];
    const applications: { key: DemoPersonaKey; allianceId: string; coordinator: DemoPersonaKey; input: Record<string, unknown> }[] = [
      {
        key: 'dev',
        allianceId: riverside,
        coordinator: 'helen',
        input: {
          livedExperienceSummary:
            'Eight years on my own road. Harm reduction kept me alive long enough to choose recovery, and I never judge where someone starts.',
          pathways: ['HARM_REDUCTION'],
          yearsInRecovery: 8,
          languages: ['en'],
          focusDomains: ['PEER_SUPPORT', 'SAFE_HOUSING_AND_ENVIRONMENT'],
          availability: evenings,
          maxMentees: 3,
          gender: 'MAN',
          trainingCompleted: ['safeguarding', 'naloxone'],
        },
      },
      {
        key: 'rosa',
        allianceId: riverside,
        coordinator: 'helen',
        input: {
          livedExperienceSummary:
            'Five years in recovery with the help of medication. I went back to college at 40 and love helping people find work or training.',
          pathways: ['MEDICATION_ASSISTED', 'HARM_REDUCTION'],
          yearsInRecovery: 5,
          languages: ['en', 'es'],
          focusDomains: ['SKILLS_AND_EDUCATION', 'EMPLOYMENT_AND_LEGAL'],
          availability: [...evenings, ...weekend],
          maxMentees: 3,
          gender: 'WOMAN',
          trainingCompleted: ['safeguarding', 'motivational interviewing'],
        },
      },
      {
        key: 'tom',
        allianceId: riverside,
        coordinator: 'kwame',
        input: {
          livedExperienceSummary:
            'Twelve years without alcohol or drugs. Mutual-aid meetings and my allotment gave me a life I did not expect; happy to share both.',
          pathways: ['ABSTINENCE_BASED'],
          yearsInRecovery: 12,
          languages: ['en'],
          focusDomains: ['MEANING_AND_PURPOSE', 'FAMILY_SOCIAL_SUPPORT_AND_LEISURE'],
          availability: daytime,
          maxMentees: 2,
          trainingCompleted: ['safeguarding'],
        },
      },
      {
        key: 'nadia',
        allianceId: croixRousse,
        coordinator: 'camille',
        input: {
          livedExperienceSummary:
            'Six ans de rétablissement. J’ai retrouvé un logement et un travail pas à pas ; j’aime aider à faire les démarches sans se sentir jugé.',
          pathways: ['HARM_REDUCTION', 'MEDICATION_ASSISTED'],
          yearsInRecovery: 6,
          languages: ['fr', 'ar'],
          focusDomains: ['SAFE_HOUSING_AND_ENVIRONMENT', 'EMPLOYMENT_AND_LEGAL'],
          availability: evenings,
          maxMentees: 3,
          gender: 'WOMAN',
          trainingCompleted: ['premiers secours en santé mentale'],
        },
      },
      {
        key: 'luc',
        allianceId: croixRousse,
        coordinator: 'camille',
        input: {
          livedExperienceSummary: 'Neuf ans sans consommer. Le sport et les groupes de parole m’ont porté ; je partage volontiers ce qui m’a aidé.',
          pathways: ['ABSTINENCE_BASED'],
          yearsInRecovery: 9,
          languages: ['fr'],
          focusDomains: ['PHYSICAL_AND_MENTAL_HEALTH', 'PEER_SUPPORT'],
          availability: [...daytime, ...weekend],
          maxMentees: 2,
          gender: 'MAN',
          trainingCompleted: ['premiers secours en santé mentale'],
        },
      },
    ];
    for (const { key, allianceId, coordinator, input } of applications) {
      const { applyToMentor } = await this.as<{ applyToMentor: { id: string } }>(
        key,
        'mutation($a: ID!, $input: MentorApplicationInput!) { applyToMentor(allianceId: $a, input: $input) { id } }',
        { a: allianceId, input },
      );
      await this.as(coordinator, 'mutation($i: ID!) { decideMentorApplication(applicationId: $i, decision: APPROVE) { status } }', { i: applyToMentor.id });
    }
    for (const key of ['dev', 'rosa', 'tom'] as const) {
      await this.as(key, 'mutation($intro: String) { updateProfileIntro(intro: $intro) { profile { __typename } } }', {
        intro: applications.find((application) => application.key === key)?.input['livedExperienceSummary'],
      });
    }
  }

  private async recoveryCapital(): Promise<void> {
    const domains = [
      'PHYSICAL_AND_MENTAL_HEALTH',
      'FAMILY_SOCIAL_SUPPORT_AND_LEISURE',
      'SAFE_HOUSING_AND_ENVIRONMENT',
      'PEER_SUPPORT',
      'EMPLOYMENT_AND_LEGAL',
      'SKILLS_AND_EDUCATION',
      'COMMUNITY_AND_CULTURE',
      'MEANING_AND_PURPOSE',
    ];
    const members: { key: DemoPersonaKey; pathways: string[]; startedDaysAgo: number; availability: { day: string; start: string; end: string }[] }[] = [
      {
        key: 'sam',
        pathways: ['HARM_REDUCTION', 'MEDICATION_ASSISTED'],
        startedDaysAgo: 74,
        availability: [
          { day: 'TUESDAY', start: '18:30', end: '20:30' },
          { day: 'SATURDAY', start: '10:00', end: '12:00' },
        ],
      },
      { key: 'priya', pathways: ['MEDICATION_ASSISTED'], startedDaysAgo: 200, availability: [{ day: 'THURSDAY', start: '18:00', end: '20:00' }] },
      { key: 'alex', pathways: ['HARM_REDUCTION'], startedDaysAgo: 40, availability: [{ day: 'MONDAY', start: '11:00', end: '13:00' }] },
      { key: 'chris', pathways: ['ABSTINENCE_BASED'], startedDaysAgo: 320, availability: [{ day: 'WEDNESDAY', start: '10:00', end: '12:00' }] },
      { key: 'niamh', pathways: ['ABSTINENCE_BASED'], startedDaysAgo: 95, availability: [{ day: 'TUESDAY', start: '19:00', end: '21:00' }] },
      { key: 'lee', pathways: ['HARM_REDUCTION'], startedDaysAgo: 150, availability: [{ day: 'SATURDAY', start: '09:00', end: '12:00' }] },
      {
        key: 'ines',
        pathways: ['HARM_REDUCTION', 'MEDICATION_ASSISTED'],
        startedDaysAgo: 60,
        availability: [{ day: 'TUESDAY', start: '18:30', end: '20:30' }],
      },
      { key: 'mathis', pathways: ['ABSTINENCE_BASED'], startedDaysAgo: 130, availability: [{ day: 'MONDAY', start: '10:00', end: '12:00' }] },
      { key: 'lea', pathways: ['MEDICATION_ASSISTED'], startedDaysAgo: 210, availability: [{ day: 'THURSDAY', start: '18:00', end: '20:00' }] },
      { key: 'karim', pathways: ['HARM_REDUCTION'], startedDaysAgo: 45, availability: [{ day: 'SATURDAY', start: '09:00', end: '12:00' }] },
      { key: 'zoe', pathways: ['ABSTINENCE_BASED'], startedDaysAgo: 280, availability: [{ day: 'WEDNESDAY', start: '10:00', end: '13:00' }] },
    ];
    const now = Date.now();
    for (const [index, member] of members.entries()) {
      const french = DEMO_PERSONAS.find((persona) => persona.key === member.key)?.locale === 'fr';
      await this.as(member.key, 'mutation($input: RecoveryPreferencesInput!) { updateRecoveryPreferences(input: $input) { languages } }', {
        input: { languages: [french ? 'fr' : 'en'], pathways: member.pathways, availability: member.availability },
      });
      await this.as(member.key, 'mutation($d: String) { setRecoveryStartDate(startedOn: $d) { currentStretchDays } }', {
        d: dateOnly(new Date(now - member.startedDaysAgo * DAY_MS)),
      });
      // Three snapshots a month apart, each a little stronger: capital grows slowly and unevenly.
      for (let snapshot = 0; snapshot < 3; snapshot++) {
        const ratings = domains.map((domain, position) => ({
          domain,
          score: Math.min(10, 3 + ((index + position) % 4) + snapshot * 1 + (position % 3 === 0 ? 1 : 0)),
        }));
        if (member.key === 'sam' && snapshot === 2) {
          ratings[3] = { domain: 'PEER_SUPPORT', score: 7, note: 'The Tuesday group feels like mine now.' } as (typeof ratings)[number];
        }
        await this.as(member.key, 'mutation($input: RecordDomainRatingsInput!) { recordDomainRatings(input: $input) { id } }', {
          input: { ratings, takenAt: new Date(now - (2 - snapshot) * 30 * DAY_MS - DAY_MS).toISOString() },
        });
      }
    }
  }

  /**
   * Three check-ins a week over six weeks for each member of both alliances (at least five
   * people, so coordinators' insights show their figures), written through the API and then
   * dated back to when they would have been made.
   */
  private async checkins(): Promise<void> {
    const facilitators = ['peer.meeting', 'health.slept-well', 'family.time-with-family', 'meaning.nature', 'work.work-or-volunteering', 'peer.mentor-talk'];
    const obstacles = ['health.poor-sleep', 'work.money-worries', 'family.loneliness', 'housing.insecure'];
    const people: DemoPersonaKey[] = ['sam', 'priya', 'alex', 'chris', 'niamh', 'lee', 'ines', 'mathis', 'lea', 'karim', 'zoe'];
    const now = Date.now();
    for (const [index, key] of people.entries()) {
      const dated: { id: string; at: Date }[] = [];
      for (let week = 5; week >= 0; week--) {
        for (const day of [1, 3, 5]) {
          const seed = index * 7 + week * 3 + day;
          const tags = [facilitators[seed % facilitators.length]!, ...(seed % 3 === 0 ? [obstacles[seed % obstacles.length]!] : [])];
          const { checkIn } = await this.as<{ checkIn: { id: string } }>(key, 'mutation($input: CheckinInput!) { checkIn(input: $input) { id } }', {
            input: { mood: 2 + ((seed + (5 - week)) % 4), cravings: Math.max(0, 6 - (5 - week) - (seed % 3)), tags },
          });
          dated.push({ id: checkIn.id, at: new Date(now - (week * 7 + (6 - day)) * DAY_MS - 3_600_000) });
        }
      }
      for (const { id, at } of dated) await this.dataSource.query('UPDATE checkins SET checked_in_at = $2 WHERE id = $1', [id, at]);
    }
    await this.as('sam', 'mutation($input: CheckinInput!) { checkIn(input: $input) { id } }', {
      input: { mood: 4, cravings: 2, tags: ['peer.meeting'], note: 'Good chat after group. Tired but steady.' },
    });
  }

  /** Sam's support circle: his mum and a friend, each shown what Sam chose, each read recorded for him. */
  private async circle(): Promise<void> {
    const invite = 'mutation($u: ID!, $r: CircleRelationship!) { inviteToCircle(userId: $u, relationship: $r) { id } }';
    for (const [key, relationship] of [
      ['maggie', 'FAMILY'],
      ['ben', 'FRIEND'],
    ] as const) {
      const { inviteToCircle } = await this.as<{ inviteToCircle: { id: string } }>('sam', invite, { u: this.id(key), r: relationship });
      await this.as(key, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: inviteToCircle.id });
    }
    const grant = 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }';
    await this.as('sam', grant, {
      input: {
        granteeId: this.id('maggie'),
        scope: 'CHECKINS',
        purpose: 'So Mum can see how my weeks are going without having to ask.',
        signature: 'Sam',
        ends: 'WHEN_RELATIONSHIP_ENDS',
      },
    });
    await this.as('sam', grant, {
      input: {
        granteeId: this.id('ben'),
        scope: 'CAPITAL',
        purpose: 'So Ben knows where I could use a hand.',
        signature: 'Sam',
        ends: 'ON_DATE',
        expiresAt: new Date(Date.now() + 180 * DAY_MS).toISOString(),
      },
    });
    // Reads by supporters: they land in Sam's "who saw what, and when".
    await this.as('maggie', 'query($o: ID!) { sharedCheckins(ownerId: $o) { redisclosureNotice } }', { o: this.id('sam') });
    await this.as('ben', 'query($o: ID!) { sharedRecoveryCapital(ownerId: $o) { redisclosureNotice } }', { o: this.id('sam') });
  }

  private async conversations(): Promise<void> {
    const send = async (key: DemoPersonaKey, conversationId: string, body: string): Promise<void> => {
      await this.as(key, 'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }', { c: conversationId, b: body });
    };
    const start = async (key: DemoPersonaKey, other: DemoPersonaKey): Promise<string> =>
      (
        await this.as<{ startDirectConversation: { id: string } }>(key, 'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }', {
          u: this.id(other),
        })
      ).startDirectConversation.id;
    const mentorship = async (member: DemoPersonaKey, mentor: DemoPersonaKey, note: string): Promise<string> => {
      const { requestMentorship } = await this.as<{ requestMentorship: { id: string } }>(
        member,
        'mutation($m: ID!, $n: String) { requestMentorship(mentorId: $m, intro: $n) { id } }',
        { m: this.id(mentor), n: note },
      );
      const { acceptMentorship } = await this.as<{ acceptMentorship: { conversationId: string } }>(
        mentor,
        'mutation($m: ID!) { acceptMentorship(mentorshipId: $m) { conversationId } }',
        { m: requestMentorship.id },
      );
      return acceptMentorship.conversationId;
    };

    const samAndMaggie = await start('sam', 'maggie');
    await send('maggie', samAndMaggie, 'Thinking of you today, love. Sunday dinner as usual?');
    await send('sam', samAndMaggie, 'Yes please. I went to the Tuesday group again, it helped.');
    await send('maggie', samAndMaggie, 'I am so glad. Proud of you, one day at a time.');

    const samAndAlex = await start('sam', 'alex');
    await send('alex', samAndAlex, 'Hey Sam, are you going to the drop-in on Thursday?');
    await send('sam', samAndAlex, 'Planning to. Want to walk over together from the bus station?');
    await send('alex', samAndAlex, 'Deal. 10:15 by the clock?');

    const priyaAndRosa = await mentorship('priya', 'rosa', 'I would like to get back into training and could use someone who has been there.');
    await send('rosa', priyaAndRosa, 'Hi Priya, glad you reached out. What kind of course are you thinking about?');
    await send('priya', priyaAndRosa, 'Maybe bookkeeping. I am nervous about the gap on my CV.');
    await send('rosa', priyaAndRosa, 'That gap is part of your story, not the end of it. Shall we look at the college open day together?');

    const inesAndNadia = await mentorship('ines', 'nadia', 'J’aimerais être accompagnée pour mes démarches de logement.');
    await send('nadia', inesAndNadia, 'Bonjour Inès, je suis contente de faire ta connaissance. On commence par où ?');
    await send('ines', inesAndNadia, 'Le dossier de logement social me décourage un peu.');
    await send('nadia', inesAndNadia, 'On peut le remplir ensemble jeudi soir, une page à la fois. Tu n’es pas seule.');
  }

  private async stories(riverside: string, croixRousse: string): Promise<void> {
    const write = async (key: DemoPersonaKey, allianceId: string, title: string, body: string, moderator: DemoPersonaKey): Promise<string> => {
      const { writeStory } = await this.as<{ writeStory: { story: { id: string } } }>(
        key,
        'mutation($input: StoryInput!) { writeStory(input: $input) { story { id } } }',
        { input: { allianceId, title, body } },
      );
      await this.as(moderator, 'mutation($s: ID!) { reviewStory(storyId: $s, approve: true) { status } }', { s: writeStory.story.id });
      return writeStory.story.id;
    };
    const allotment = await write(
      'tom',
      riverside,
      'What the allotment taught me',
      'In my first year I could not sit still. A neighbour handed me a spade and said the potatoes would not plant themselves. Twelve years on, I still go every morning. Recovery, like a garden, is mostly showing up and being patient with slow things. If you are in the early days: you do not have to feel hopeful to keep going. Hope tends to turn up later, like the first shoots.',
      'jo',
    );
    await write(
      'priya',
      riverside,
      'Back in a classroom at 34',
      'I was scared the gap on my CV would say everything about me. My mentor helped me see it says I survived something hard. I start a bookkeeping course in January, on a small spark from the alliance for the fees.',
      'jo',
    );
    await write(
      'nadia',
      croixRousse,
      'Une clé, un chez-moi',
      'Il y a six ans, je dormais chez les uns et les autres. Aujourd’hui, j’ai une clé et un nom sur une boîte aux lettres. Rien ne s’est fait en un jour : des rendez-vous, des papiers, des personnes qui ne m’ont pas jugée. Si tu en es au début, sache que chaque petit pas compte.',
      'yanis',
    );
    await this.as('sam', 'mutation($s: ID!) { encourageStory(storyId: $s, kind: HOPE) { id } }', { s: allotment });
  }

  /** One fund, with an application in every state a person or coordinator can meet. */
  private async fund(riverside: string): Promise<void> {
    const today = new Date();
    const { openSparkFund } = await this.as<{ openSparkFund: { id: string } }>(
      'helen',
      'mutation($a: ID!, $input: OpenSparkFundInput!) { openSparkFund(allianceId: $a, input: $input) { id } }',
      {
        a: riverside,
        input: {
          name: 'Next Steps Fund',
          currency: 'GBP',
          budget: 200_000,
          perGrantCap: 25_000,
          perPersonCap: 40_000,
          periodStart: dateOnly(new Date(today.getTime() - 60 * DAY_MS)),
          periodEnd: dateOnly(new Date(today.getTime() + 300 * DAY_MS)),
        },
      },
    );
    const neededBy = dateOnly(new Date(today.getTime() + 30 * DAY_MS));
    const draft = async (key: DemoPersonaKey, category: string, amount: number, nextStep: string): Promise<string> =>
      (
        await this.as<{ draftSparkApplication: { id: string } }>(
          key,
          'mutation($f: ID!, $input: SparkApplicationInput!) { draftSparkApplication(fundId: $f, input: $input) { id } }',
          { f: openSparkFund.id, input: { category, amount, neededBy, nextStep } },
        )
      ).draftSparkApplication.id;
    const submit = (key: DemoPersonaKey, id: string) => this.as(key, 'mutation($i: ID!) { submitSparkApplication(applicationId: $i) { status } }', { i: id });
    const approve = (id: string) =>
      this.as('helen', 'mutation($i: ID!, $k: String!) { approveSparkApplication(applicationId: $i, idempotencyKey: $k) { status } }', {
        i: id,
        k: `demo-approve-${id}`,
      });
    const pay = (id: string) =>
      this.as(
        'kwame',
        'mutation($i: ID!, $k: String!, $input: RecordSparkPaymentInput!) { recordSparkPayment(applicationId: $i, idempotencyKey: $k, input: $input) { status } }',
        {
          i: id,
          k: `demo-pay-${id}`,
          input: { method: 'SUPPLIER_DIRECT', reference: 'Paid to the supplier' },
        },
      );

    await draft('alex', 'PHONE_OR_DATA', 2_500, 'A phone top-up so I can stay in touch with my mentor and the drop-in.');

    await submit('chris', await draft('chris', 'WORK_TOOLS', 12_000, 'Basic tools for a painting and decorating job that starts next month.'));

    const niamh = await draft('niamh', 'TRANSPORT', 9_000, 'A monthly bus pass to get to my new volunteering placement.');
    await submit('niamh', niamh);
    await this.as('helen', 'mutation($i: ID!, $q: String!) { askForSparkInformation(applicationId: $i, question: $q) { status } }', {
      i: niamh,
      q: 'Thank you, Niamh. Could you tell us how many days a week the placement is, so we can match the pass to it?',
    });

    const lee = await draft('lee', 'IDENTITY_DOCUMENTS', 8_200, 'A replacement passport so I can start a tenancy.');
    await submit('lee', lee);
    await approve(lee);

    const priya = await draft('priya', 'TRAINING_FEES', 22_000, 'Fees for an evening bookkeeping course at the city college.');
    await submit('priya', priya);
    await approve(priya);
    await pay(priya);

    const sam = await draft('sam', 'WORK_CLOTHING', 6_500, 'Safety boots and work trousers for a warehouse trial shift.');
    await submit('sam', sam);
    await approve(sam);
    await pay(sam);
    await this.as('sam', 'mutation($i: ID!) { confirmSparkReceipt(applicationId: $i) { status } }', { i: sam });

    const declined = await draft('alex', 'OTHER', 20_000, 'A laptop for job applications.');
    await submit('alex', declined);
    await this.as('helen', 'mutation($i: ID!, $r: String!) { declineSparkApplication(applicationId: $i, reason: $r) { status } }', {
      i: declined,
      r: 'This fund cannot buy laptops, but the library lends them for free and Kirkgate Community Kitchen has a job club on Fridays. We would gladly help with a phone top-up.',
    });

    const cancelled = await draft('chris', 'HOUSING_COSTS', 15_000, 'A deposit for a room, which the council has now covered.');
    await submit('chris', cancelled);
    await this.as('chris', 'mutation($i: ID!, $k: String!) { cancelSparkApplication(applicationId: $i, idempotencyKey: $k) { status } }', {
      i: cancelled,
      k: `demo-cancel-${cancelled}`,
    });
  }

  /** A message someone found hurtful, reported: a case waiting in the moderators' queue. */
  private async moderationCase(): Promise<void> {
    const { startDirectConversation } = await this.as<{ startDirectConversation: { id: string } }>(
      'lee',
      'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }',
      { u: this.id('niamh') },
    );
    const { sendMessage } = await this.as<{ sendMessage: { id: string } }>(
      'lee',
      'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }',
      { c: startDirectConversation.id, b: 'Honestly, people like you never really change. Once an addict, always an addict.' },
    );
    await this.as('niamh', 'mutation($m: ID!, $n: String) { reportContent(contentId: $m, kind: MESSAGE, reason: STIGMATIZING_LANGUAGE, note: $n) { id } }', {
      m: sendMessage.id,
      n: 'This really knocked me. I would rather not hear this in a recovery space.',
    });
  }

  private id(key: DemoPersonaKey): string {
    const session = this.sessions.get(key);
    if (!session) throw new Error(`demo persona ${key} has no session yet`);
    return session.userId;
  }

  private as<T = Record<string, unknown>>(key: DemoPersonaKey, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const session = this.sessions.get(key);
    if (!session) throw new Error(`demo persona ${key} has no session yet`);
    return this.callWith<T>(session.accessToken, query, variables);
  }

  private callWith<T>(accessToken: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.call<T>(accessToken, query, variables, '192.0.2.1');
  }

  /** POST /graphql through Fastify's inject: the whole HTTP stack, as a client's request. */
  private async call<T = Record<string, unknown>>(
    accessToken: string | null,
    query: string,
    variables: Record<string, unknown>,
    remoteAddress: string,
  ): Promise<T> {
    const response = await this.app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress,
      headers: { 'content-type': 'application/json', ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
      payload: { query, variables },
    });
    const answer = response.json<GraphqlAnswer<T>>();
    if (!answer.data || answer.errors?.length) {
      const operation = /\{\s*(\w+)/.exec(query)?.[1] ?? 'operation';
      const reasons = (answer.errors ?? []).map((error) => `${String(error.extensions?.['code'] ?? 'ERROR')}: ${error.message}`).join('; ');
      throw new Error(`The demo world could not be created (${operation}: ${reasons || `HTTP ${response.statusCode}`}).`);
    }
    return answer.data;
  }
}
