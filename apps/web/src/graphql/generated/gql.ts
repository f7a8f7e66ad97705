/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      message\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      message\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ok\n      message\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n      message\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query AdminAlliances($name: String, $after: String) {\n    alliances(first: 20, name: $name, after: $after) {\n      edges {\n        node {\n          id\n          name\n          city\n          region\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminAlliancesDocument,
    "\n  mutation CreateAlliance($input: AllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateAllianceDocument,
    "\n  query AdminAlliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      description\n      city\n      region\n      postcodePrefixes\n      languages\n      currency\n      crisisResources {\n        name\n        phone\n        hours\n        languages\n      }\n      partnerOrganisations {\n        name\n        kind\n        description\n        url\n      }\n    }\n    allianceCoordinators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n    allianceModerators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n  }\n": typeof types.AdminAllianceDocument,
    "\n  mutation AppointCoordinator($allianceId: ID!, $userId: ID!) {\n    appointCoordinator(allianceId: $allianceId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.AppointCoordinatorDocument,
    "\n  mutation RemoveCoordinator($allianceId: ID!, $userId: ID!) {\n    removeCoordinator(allianceId: $allianceId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.RemoveCoordinatorDocument,
    "\n  query PersonByEmail($email: String!) {\n    personByEmail(email: $email) {\n      id\n      displayName\n      roles\n    }\n  }\n": typeof types.PersonByEmailDocument,
    "\n  mutation GrantRole($userId: ID!, $role: PlatformRole!) {\n    grantRole(userId: $userId, role: $role) {\n      id\n      roles\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($userId: ID!, $role: PlatformRole!) {\n    revokeRole(userId: $userId, role: $role) {\n      id\n      roles\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  query AuditEvents($action: String, $actorId: ID, $subjectId: ID, $after: String) {\n    auditEvents(first: 30, action: $action, actorId: $actorId, subjectId: $subjectId, after: $after) {\n      edges {\n        node {\n          id\n          action\n          actorDisplayName\n          subjectDisplayName\n          occurredAt\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  mutation RequestSystemCheck {\n    requestSystemCheck {\n      id\n      status\n    }\n  }\n": typeof types.RequestSystemCheckDocument,
    "\n  query SystemCheck($id: ID!) {\n    systemCheck(id: $id) {\n      id\n      status\n      roundTripMs\n    }\n  }\n": typeof types.SystemCheckDocument,
    "\n  mutation OpenQueueDashboard {\n    openQueueDashboard {\n      url\n      expiresAt\n    }\n  }\n": typeof types.OpenQueueDashboardDocument,
    "\n  query FindAlliances($postcode: String, $city: String) {\n    alliances(postcode: $postcode, city: $city, first: 10) {\n      edges {\n        node {\n          id\n          name\n          city\n          region\n          description\n        }\n      }\n    }\n  }\n": typeof types.FindAlliancesDocument,
    "\n  mutation AskToJoinAlliance($allianceId: ID!, $capacity: AllianceCapacity!) {\n    requestToJoinAlliance(allianceId: $allianceId, capacity: $capacity) {\n      id\n      allianceName\n      status\n    }\n  }\n": typeof types.AskToJoinAllianceDocument,
    "\n  query MyAlliances {\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n      requestedAt\n      declineReason\n    }\n  }\n": typeof types.MyAlliancesDocument,
    "\n  query SupporterCorner($allianceId: ID!) {\n    supporterGroups(allianceId: $allianceId) {\n      id\n      title\n      participantCount\n      joined\n    }\n    allianceResources(allianceId: $allianceId) {\n      id\n      name\n      kind\n      audience\n      description\n      phone\n      url\n      hours\n    }\n  }\n": typeof types.SupporterCornerDocument,
    "\n  mutation JoinSupporterGroup($conversationId: ID!) {\n    joinSupporterGroup(conversationId: $conversationId) {\n      id\n    }\n  }\n": typeof types.JoinSupporterGroupDocument,
    "\n  mutation LeaveAlliance($allianceId: ID!) {\n    leaveAlliance(allianceId: $allianceId) {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n      requestedAt\n      declineReason\n    }\n  }\n": typeof types.LeaveAllianceDocument,
    "\n  query MyCheckins {\n    myCheckins(first: 20) {\n      edges {\n        node {\n          id\n          checkedInAt\n          mood\n          cravings\n          note\n        }\n      }\n    }\n  }\n": typeof types.MyCheckinsDocument,
    "\n  mutation CheckIn($input: CheckinInput!) {\n    checkIn(input: $input) {\n      id\n      checkedInAt\n      mood\n      cravings\n      note\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation DeleteCheckin($checkinId: ID!) {\n    deleteCheckin(checkinId: $checkinId)\n  }\n": typeof types.DeleteCheckinDocument,
    "\n  query MyCheckinRhythm {\n    myCheckinPreferences {\n      cadence\n      days\n      localTime\n      nextReminderAt\n    }\n  }\n": typeof types.MyCheckinRhythmDocument,
    "\n  mutation SetCheckinRhythm($input: CheckinRhythmInput!) {\n    setCheckinRhythm(input: $input) {\n      cadence\n      days\n      localTime\n      nextReminderAt\n    }\n  }\n": typeof types.SetCheckinRhythmDocument,
    "\n  mutation StopCheckinReminders {\n    stopCheckinReminders {\n      cadence\n      days\n      localTime\n      nextReminderAt\n    }\n  }\n": typeof types.StopCheckinRemindersDocument,
    "\n  mutation AcceptCircleInvitation($token: String, $invitationId: ID) {\n    acceptCircleInvitation(token: $token, invitationId: $invitationId) {\n      id\n      circleName\n      inviterDisplayName\n      state\n    }\n  }\n": typeof types.AcceptCircleInvitationDocument,
    "\n  mutation DeclineCircleInvitation($token: String, $invitationId: ID) {\n    declineCircleInvitation(token: $token, invitationId: $invitationId) {\n      id\n      inviterDisplayName\n      state\n    }\n  }\n": typeof types.DeclineCircleInvitationDocument,
    "\n  query CircleInvitationsForMe {\n    circleInvitationsForMe {\n      id\n      circleName\n      inviterDisplayName\n      relationship\n      expiresAt\n    }\n  }\n": typeof types.CircleInvitationsForMeDocument,
    "\n  query MyCoordinatedAlliances {\n    myCoordinatedAlliances {\n      id\n      name\n      city\n      currency\n    }\n  }\n": typeof types.MyCoordinatedAlliancesDocument,
    "\n  query ConsoleAlliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleAllianceDocument,
    "\n  query JoinRequests($allianceId: ID!) {\n    allianceMembers(allianceId: $allianceId, status: REQUESTED, first: 50) {\n      edges {\n        node {\n          id\n          personId\n          personDisplayName\n          capacity\n          requestedAt\n          status\n        }\n      }\n    }\n  }\n": typeof types.JoinRequestsDocument,
    "\n  mutation DecideMembership($membershipId: ID!, $decision: MembershipDecision!, $reason: String) {\n    decideMembership(membershipId: $membershipId, decision: $decision, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.DecideMembershipDocument,
    "\n  query MentorApplications($allianceId: ID!) {\n    waiting: mentorApplications(allianceId: $allianceId, status: SUBMITTED, first: 20) {\n      edges {\n        node {\n          id\n          applicantId\n          applicantDisplayName\n          status\n          livedExperienceSummary\n          pathways\n          yearsInRecovery\n          languages\n          focusDomains\n          availability {\n            day\n            start\n            end\n          }\n          maxMentees\n          trainingCompleted\n          createdAt\n        }\n      }\n    }\n    withApplicant: mentorApplications(allianceId: $allianceId, status: CHANGES_REQUESTED, first: 20) {\n      edges {\n        node {\n          id\n          applicantDisplayName\n          coordinatorMessage\n          createdAt\n          decidedAt\n        }\n      }\n    }\n  }\n": typeof types.MentorApplicationsDocument,
    "\n  mutation DecideMentorApplication($applicationId: ID!, $decision: MentorApplicationDecision!, $message: String) {\n    decideMentorApplication(applicationId: $applicationId, decision: $decision, message: $message) {\n      id\n      status\n      coordinatorMessage\n    }\n  }\n": typeof types.DecideMentorApplicationDocument,
    "\n  mutation ChangeMentorVetting($applicationId: ID!, $action: VettingAction!, $reason: String) {\n    changeMentorVetting(applicationId: $applicationId, action: $action, reason: $reason) {\n      id\n      status\n      coordinatorMessage\n    }\n  }\n": typeof types.ChangeMentorVettingDocument,
    "\n  query MentorsOverview($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      mentorPlacesLimit\n    }\n    mentorApplications(allianceId: $allianceId, first: 100) {\n      edges {\n        node {\n          id\n          applicantId\n          applicantDisplayName\n          status\n          maxMentees\n          coordinatorMessage\n        }\n      }\n    }\n    mentorReports(allianceId: $allianceId) {\n      id\n      mentorDisplayName\n      reason\n      note\n      createdAt\n    }\n    mentorshipHelpRequests(allianceId: $allianceId) {\n      mentorshipId\n      memberDisplayName\n      mentorDisplayName\n      askedBy\n      askedAt\n    }\n  }\n": typeof types.MentorsOverviewDocument,
    "\n  mutation SetMentorPlacesLimit($allianceId: ID!, $limit: Int!) {\n    setMentorPlacesLimit(allianceId: $allianceId, limit: $limit) {\n      id\n      mentorPlacesLimit\n    }\n  }\n": typeof types.SetMentorPlacesLimitDocument,
    "\n  mutation SetMentorPlaces($allianceId: ID!, $mentorId: ID!, $places: Int!) {\n    setMentorPlaces(allianceId: $allianceId, mentorId: $mentorId, places: $places) {\n      mentorId\n      places\n      taken\n    }\n  }\n": typeof types.SetMentorPlacesDocument,
    "\n  mutation ResolveMentorshipHelp($mentorshipId: ID!) {\n    resolveMentorshipHelp(mentorshipId: $mentorshipId) {\n      ok\n    }\n  }\n": typeof types.ResolveMentorshipHelpDocument,
    "\n  query AllianceSettings($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      description\n      region\n      city\n      postcodePrefixes\n      languages\n      currency\n      mentorPlacesLimit\n      crisisResources {\n        name\n        phone\n        hours\n        languages\n      }\n      partnerOrganisations {\n        name\n        kind\n        description\n        url\n      }\n    }\n  }\n": typeof types.AllianceSettingsDocument,
    "\n  mutation UpdateAlliance($allianceId: ID!, $input: AllianceInput!) {\n    updateAlliance(allianceId: $allianceId, input: $input) {\n      id\n      name\n      description\n      region\n      city\n      postcodePrefixes\n      languages\n      currency\n      crisisResources {\n        name\n        phone\n        hours\n        languages\n      }\n    }\n  }\n": typeof types.UpdateAllianceDocument,
    "\n  query AllianceResources($allianceId: ID!) {\n    allianceResources(allianceId: $allianceId) {\n      id\n      kind\n      name\n      description\n      phone\n      url\n      address\n      hours\n      audience\n    }\n  }\n": typeof types.AllianceResourcesDocument,
    "\n  mutation AddAllianceResource($allianceId: ID!, $input: AllianceResourceInput!) {\n    addAllianceResource(allianceId: $allianceId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddAllianceResourceDocument,
    "\n  mutation RemoveAllianceResource($resourceId: ID!) {\n    removeAllianceResource(resourceId: $resourceId) {\n      ok\n    }\n  }\n": typeof types.RemoveAllianceResourceDocument,
    "\n  query AllianceTeam($allianceId: ID!) {\n    allianceCoordinators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n    allianceModerators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n    allianceMembers(allianceId: $allianceId, status: ACTIVE, first: 100) {\n      edges {\n        node {\n          id\n          personId\n          personDisplayName\n          capacity\n        }\n      }\n    }\n  }\n": typeof types.AllianceTeamDocument,
    "\n  mutation AppointModerator($allianceId: ID!, $userId: ID!) {\n    appointModerator(allianceId: $allianceId, userId: $userId) {\n      userId\n      displayName\n      appointedAt\n    }\n  }\n": typeof types.AppointModeratorDocument,
    "\n  mutation RemoveModerator($allianceId: ID!, $userId: ID!) {\n    removeModerator(allianceId: $allianceId, userId: $userId) {\n      userId\n      displayName\n      appointedAt\n    }\n  }\n": typeof types.RemoveModeratorDocument,
    "\n  query AllianceInsights($allianceId: ID!, $months: Int!) {\n    allianceInsights(allianceId: $allianceId, months: $months) {\n      since\n      minimumPeople\n      hiddenFigures\n      checkinTrend {\n        weekStarting\n        averageMood\n        averageCravings\n        people\n      }\n      capitalTrend {\n        month\n        averageTotal\n        people\n      }\n      domains {\n        domain\n        facilitators {\n          tagId\n          kind\n          label\n          people\n        }\n        obstacles {\n          tagId\n          kind\n          label\n          people\n        }\n      }\n    }\n  }\n": typeof types.AllianceInsightsDocument,
    "\n  query AllianceGroups($allianceId: ID!) {\n    allianceGroups(allianceId: $allianceId) {\n      id\n      title\n      supporterGroup\n      participantCount\n      participants {\n        personId\n        displayName\n        role\n      }\n    }\n    allianceMembers(allianceId: $allianceId, status: ACTIVE, first: 100) {\n      edges {\n        node {\n          id\n          personId\n          personDisplayName\n          capacity\n        }\n      }\n    }\n  }\n": typeof types.AllianceGroupsDocument,
    "\n  mutation CreateMembersGroup($allianceId: ID!, $title: String!) {\n    createAllianceGroup(allianceId: $allianceId, title: $title) {\n      id\n    }\n  }\n": typeof types.CreateMembersGroupDocument,
    "\n  mutation CreateSupporterGroup($allianceId: ID!, $title: String!) {\n    createSupporterGroup(allianceId: $allianceId, title: $title) {\n      id\n    }\n  }\n": typeof types.CreateSupporterGroupDocument,
    "\n  mutation AddGroupParticipant($conversationId: ID!, $userId: ID!) {\n    addGroupParticipant(conversationId: $conversationId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.AddGroupParticipantDocument,
    "\n  mutation RemoveGroupParticipant($conversationId: ID!, $userId: ID!) {\n    removeGroupParticipant(conversationId: $conversationId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.RemoveGroupParticipantDocument,
    "\n  query CrisisSupport($locale: String, $timeZone: String) {\n    crisisSupport(locale: $locale, timeZone: $timeZone) {\n      message\n      platformLines {\n        name\n        phone\n        hours\n        description\n        country\n      }\n      allianceLines {\n        allianceId\n        allianceName\n        resources {\n          name\n          phone\n          hours\n        }\n      }\n    }\n  }\n": typeof types.CrisisSupportDocument,
    "\n  query MyEarlyHelp {\n    myEarlyHelp {\n      id\n      openedAt\n      reason\n      message\n      nextSteps\n      mentorTold\n    }\n    myCrisisAlertConsent\n  }\n": typeof types.MyEarlyHelpDocument,
    "\n  mutation SetCrisisAlertConsent($consent: Boolean!) {\n    setCrisisAlertConsent(consent: $consent)\n  }\n": typeof types.SetCrisisAlertConsentDocument,
    "\n  query MentorAlerts {\n    myCrisisAlerts {\n      id\n      memberId\n      memberDisplayName\n      createdAt\n      guidance\n    }\n    myEarlyHelpAlerts {\n      id\n      memberId\n      memberDisplayName\n      createdAt\n      reason\n      guidance\n      seen\n    }\n  }\n": typeof types.MentorAlertsDocument,
    "\n  mutation MarkEarlyHelpAlertSeen($alertId: ID!) {\n    markEarlyHelpAlertSeen(alertId: $alertId)\n  }\n": typeof types.MarkEarlyHelpAlertSeenDocument,
    "\n  fragment DiaryEntryFields on DiaryEntry {\n    id\n    entryDate\n    body\n    tags\n    updatedAt\n    sharedWith {\n      personId\n      displayName\n      sharedAt\n      visibleNow\n    }\n  }\n": typeof types.DiaryEntryFieldsFragmentDoc,
    "\n  query MyDiary($first: Int!, $after: String, $tags: [String!], $from: String, $to: String) {\n    myDiaryEntries(first: $first, after: $after, tags: $tags, from: $from, to: $to) {\n      edges {\n        node {\n          ...DiaryEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyDiaryDocument,
    "\n  query DiaryTags($locale: String) {\n    recoveryTags(locale: $locale) {\n      id\n      kind\n      label\n    }\n  }\n": typeof types.DiaryTagsDocument,
    "\n  query DiaryReaders {\n    mySharingGrants {\n      id\n      scope\n      active\n      granteeId\n      granteeDisplayName\n    }\n  }\n": typeof types.DiaryReadersDocument,
    "\n  mutation WriteDiaryEntry($input: DiaryEntryInput!) {\n    writeDiaryEntry(input: $input) {\n      ...DiaryEntryFields\n    }\n  }\n": typeof types.WriteDiaryEntryDocument,
    "\n  mutation EditDiaryEntry($id: ID!, $input: DiaryEntryInput!) {\n    editDiaryEntry(id: $id, input: $input) {\n      ...DiaryEntryFields\n    }\n  }\n": typeof types.EditDiaryEntryDocument,
    "\n  mutation DeleteDiaryEntry($id: ID!) {\n    deleteDiaryEntry(id: $id) {\n      ok\n    }\n  }\n": typeof types.DeleteDiaryEntryDocument,
    "\n  mutation ShareDiaryEntry($id: ID!, $granteeIds: [ID!]!) {\n    shareDiaryEntry(id: $id, granteeIds: $granteeIds) {\n      ...DiaryEntryFields\n    }\n  }\n": typeof types.ShareDiaryEntryDocument,
    "\n  mutation UnshareDiaryEntry($id: ID!, $granteeIds: [ID!]) {\n    unshareDiaryEntry(id: $id, granteeIds: $granteeIds) {\n      ...DiaryEntryFields\n    }\n  }\n": typeof types.UnshareDiaryEntryDocument,
    "\n  mutation ShareDiaryEntryWithEveryoneAllowed($id: ID!) {\n    shareDiaryEntryWithEveryoneAllowed(id: $id) {\n      ...DiaryEntryFields\n    }\n  }\n": typeof types.ShareDiaryEntryWithEveryoneAllowedDocument,
    "\n  query MyDiaryEntry($id: ID!) {\n    myDiaryEntry(id: $id) {\n      ...DiaryEntryFields\n    }\n  }\n": typeof types.MyDiaryEntryDocument,
    "\n  query Home {\n    me {\n      id\n      displayName\n      pronouns\n    }\n    myRecoveryPreferences {\n      updatedAt\n    }\n    myAllianceMemberships {\n      id\n      allianceName\n      status\n      capacity\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment JourneyFields on RecoveryJourney {\n    startedOn\n    totalDays\n    longestStretchDays\n    nextMilestoneDays\n    milestones {\n      days\n      reachedOn\n    }\n    setbacks {\n      id\n      occurredOn\n      note\n    }\n  }\n": typeof types.JourneyFieldsFragmentDoc,
    "\n  query MyJourney {\n    myRecoveryJourney {\n      ...JourneyFields\n    }\n  }\n": typeof types.MyJourneyDocument,
    "\n  mutation SetRecoveryStart($startedOn: String) {\n    setRecoveryStartDate(startedOn: $startedOn) {\n      ...JourneyFields\n    }\n  }\n": typeof types.SetRecoveryStartDocument,
    "\n  mutation RecordSetback($input: SetbackInput!) {\n    recordSetback(input: $input) {\n      message\n      nextSteps\n      journey {\n        ...JourneyFields\n      }\n    }\n  }\n": typeof types.RecordSetbackDocument,
    "\n  mutation DeleteSetback($setbackId: ID!) {\n    deleteSetback(setbackId: $setbackId) {\n      ...JourneyFields\n    }\n  }\n": typeof types.DeleteSetbackDocument,
    "\n  query Mentoring {\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n    }\n    myMentorApplications {\n      ...MentorApplicationFields\n    }\n    myMentorships {\n      ...MentorshipFields\n    }\n    myMentorAvailability\n  }\n": typeof types.MentoringDocument,
    "\n  fragment MentorApplicationFields on MentorApplication {\n    id\n    allianceId\n    status\n    coordinatorMessage\n    createdAt\n    decidedAt\n    livedExperienceSummary\n    yearsInRecovery\n    pathways\n    focusDomains\n    languages\n    gender\n    maxMentees\n    trainingCompleted\n    availability {\n      day\n      start\n      end\n    }\n  }\n": typeof types.MentorApplicationFieldsFragmentDoc,
    "\n  mutation ApplyToMentor($allianceId: ID!, $input: MentorApplicationInput!) {\n    applyToMentor(allianceId: $allianceId, input: $input) {\n      ...MentorApplicationFields\n    }\n  }\n": typeof types.ApplyToMentorDocument,
    "\n  mutation UpdateMentorApplication($applicationId: ID!, $input: MentorApplicationInput!) {\n    updateMentorApplication(applicationId: $applicationId, input: $input) {\n      ...MentorApplicationFields\n    }\n  }\n": typeof types.UpdateMentorApplicationDocument,
    "\n  mutation AcceptMentorship($mentorshipId: ID!) {\n    acceptMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n": typeof types.AcceptMentorshipDocument,
    "\n  mutation DeclineMentorship($mentorshipId: ID!) {\n    declineMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n": typeof types.DeclineMentorshipDocument,
    "\n  mutation SetMentorAvailability($until: DateTime) {\n    setMentorAvailability(until: $until)\n  }\n": typeof types.SetMentorAvailabilityDocument,
    "\n  mutation SetMyMentorPlaces($allianceId: ID!, $mentorId: ID!, $places: Int!) {\n    setMentorPlaces(allianceId: $allianceId, mentorId: $mentorId, places: $places) {\n      places\n      taken\n    }\n  }\n": typeof types.SetMyMentorPlacesDocument,
    "\n  query Mentors {\n    mentorSuggestions(first: 10) {\n      mentorId\n      allianceId\n      displayName\n      reasons\n    }\n    myMentorships {\n      ...MentorshipFields\n    }\n  }\n": typeof types.MentorsDocument,
    "\n  mutation RequestMentorship($mentorId: ID!, $intro: String) {\n    requestMentorship(mentorId: $mentorId, intro: $intro) {\n      ...MentorshipFields\n    }\n  }\n": typeof types.RequestMentorshipDocument,
    "\n  fragment MentorshipFields on Mentorship {\n    id\n    role\n    state\n    allianceId\n    memberId\n    memberDisplayName\n    mentorId\n    mentorDisplayName\n    intro\n    requestedAt\n    expiresAt\n    startedAt\n    endedAt\n    endedByMe\n    helpRequested\n    conversationId\n  }\n": typeof types.MentorshipFieldsFragmentDoc,
    "\n  mutation PauseMentorship($mentorshipId: ID!) {\n    pauseMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n": typeof types.PauseMentorshipDocument,
    "\n  mutation ResumeMentorship($mentorshipId: ID!) {\n    resumeMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n": typeof types.ResumeMentorshipDocument,
    "\n  mutation EndMentorship($mentorshipId: ID!, $reason: String) {\n    endMentorship(mentorshipId: $mentorshipId, reason: $reason) {\n      ...MentorshipFields\n    }\n  }\n": typeof types.EndMentorshipDocument,
    "\n  mutation WithdrawMentorshipRequest($mentorshipId: ID!) {\n    withdrawMentorshipRequest(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n": typeof types.WithdrawMentorshipRequestDocument,
    "\n  mutation AskCoordinatorForHelp($mentorshipId: ID!) {\n    askCoordinatorForHelp(mentorshipId: $mentorshipId) {\n      ok\n    }\n  }\n": typeof types.AskCoordinatorForHelpDocument,
    "\n  mutation ReportMentor($mentorshipId: ID!, $reason: MentorReportReason!, $note: String) {\n    reportMentor(mentorshipId: $mentorshipId, reason: $reason, note: $note) {\n      ok\n    }\n  }\n": typeof types.ReportMentorDocument,
    "\n  query MentorshipHistory($mentorshipId: ID!) {\n    mentorshipHistory(mentorshipId: $mentorshipId) {\n      at\n      kind\n      byMe\n    }\n  }\n": typeof types.MentorshipHistoryDocument,
    "\n  query MentorAlertsConsent {\n    myCheckinPreferences {\n      mentorAlerts\n    }\n  }\n": typeof types.MentorAlertsConsentDocument,
    "\n  mutation SetEarlyHelpMentorAlerts($enabled: Boolean!) {\n    setEarlyHelpMentorAlerts(enabled: $enabled) {\n      mentorAlerts\n    }\n  }\n": typeof types.SetEarlyHelpMentorAlertsDocument,
    "\n  fragment MessageFields on Message {\n    id\n    conversationId\n    authorId\n    authorDisplayName\n    sentByMe\n    body\n    deleted\n    heldForReview\n    heldReason\n    createdAt\n    editedAt\n    editableUntil\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    archived\n    muted\n    unreadCount\n    lastActivityAt\n    participants {\n      personId\n      displayName\n    }\n    lastMessage {\n      ...MessageFields\n    }\n  }\n": typeof types.ConversationFieldsFragmentDoc,
    "\n  query MyConversations($after: String) {\n    myConversations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          title\n          archived\n          muted\n          unreadCount\n          lastActivityAt\n          lastMessage {\n            id\n            sentByMe\n            body\n            deleted\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n    me {\n      id\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query ConversationMessages($conversationId: ID!, $after: String) {\n    messages(conversationId: $conversationId, first: 30, after: $after) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConversationMessagesDocument,
    "\n  subscription MessageEvents($conversationId: ID!) {\n    messageEvents(conversationId: $conversationId) {\n      kind\n      message {\n        ...MessageFields\n      }\n    }\n  }\n": typeof types.MessageEventsDocument,
    "\n  mutation MarkConversationRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId) {\n      id\n      unreadCount\n    }\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  mutation SendMessage($conversationId: ID!, $body: String!) {\n    sendMessage(conversationId: $conversationId, body: $body) {\n      ...MessageFields\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation EditMessage($messageId: ID!, $body: String!) {\n    editMessage(messageId: $messageId, body: $body) {\n      ...MessageFields\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($messageId: ID!) {\n    deleteMessage(messageId: $messageId) {\n      ...MessageFields\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  query LanguageCheck($text: String!) {\n    languageCheck(text: $text) {\n      matchedText\n      start\n      end\n      alternatives\n      message\n    }\n  }\n": typeof types.LanguageCheckDocument,
    "\n  mutation ReportMessage($messageId: ID!, $reason: ReportReason!, $note: String) {\n    reportContent(contentId: $messageId, kind: MESSAGE, reason: $reason, note: $note) {\n      id\n    }\n  }\n": typeof types.ReportMessageDocument,
    "\n  mutation MuteConversation($conversationId: ID!, $muted: Boolean!) {\n    muteConversation(conversationId: $conversationId, muted: $muted) {\n      id\n      muted\n    }\n  }\n": typeof types.MuteConversationDocument,
    "\n  query MyBlockedPeople {\n    myBlockedPeople {\n      personId\n      displayName\n      blockedAt\n    }\n  }\n": typeof types.MyBlockedPeopleDocument,
    "\n  mutation BlockPerson($userId: ID!) {\n    blockPerson(userId: $userId) {\n      ok\n    }\n  }\n": typeof types.BlockPersonDocument,
    "\n  mutation UnblockPerson($userId: ID!) {\n    unblockPerson(userId: $userId) {\n      ok\n    }\n  }\n": typeof types.UnblockPersonDocument,
    "\n  mutation StartDirectConversation($withUserId: ID!) {\n    startDirectConversation(withUserId: $withUserId) {\n      id\n    }\n  }\n": typeof types.StartDirectConversationDocument,
    "\n  mutation LeaveConversation($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId) {\n      ok\n    }\n  }\n": typeof types.LeaveConversationDocument,
    "\n  mutation ReportPerson($personId: ID!, $reason: ReportReason!, $note: String) {\n    reportPerson(personId: $personId, reason: $reason, note: $note) {\n      id\n    }\n  }\n": typeof types.ReportPersonDocument,
    "\n  fragment ModerationCaseFields on ModerationCase {\n    id\n    subjectKind\n    personDisplayName\n    severity\n    categories\n    status\n    reportCount\n    openedAt\n    escalatedAt\n  }\n": typeof types.ModerationCaseFieldsFragmentDoc,
    "\n  fragment ModerationDecisionFields on ModerationDecision {\n    id\n    action\n    subjectKind\n    reason\n    reversesId\n    suspendedUntil\n    createdAt\n  }\n": typeof types.ModerationDecisionFieldsFragmentDoc,
    "\n  query ModerationQueue($status: ModerationCaseStatus!, $severity: ModerationSeverity, $category: String, $minAgeHours: Int, $after: String) {\n    moderationQueue(first: 20, status: $status, severity: $severity, category: $category, minAgeHours: $minAgeHours, after: $after) {\n      edges {\n        node {\n          ...ModerationCaseFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query ModerationCase($id: ID!) {\n    moderationCase(id: $id) {\n      case {\n        ...ModerationCaseFields\n        personId\n        findings {\n          category\n          count\n        }\n      }\n      contentText\n      contentVisibility\n      context {\n        id\n        authorId\n        authorDisplayName\n        text\n        createdAt\n        visibility\n        isSubject\n      }\n      reports {\n        reason\n        note\n        createdAt\n      }\n      decisions {\n        ...ModerationDecisionFields\n      }\n      personHistory {\n        ...ModerationDecisionFields\n      }\n    }\n  }\n": typeof types.ModerationCaseDocument,
    "\n  mutation DecideModerationCase($caseId: ID!, $decision: ModerationDecisionInput!) {\n    decideModerationCase(caseId: $caseId, decision: $decision) {\n      ...ModerationDecisionFields\n    }\n  }\n": typeof types.DecideModerationCaseDocument,
    "\n  mutation ReverseModerationDecision($decisionId: ID!, $reason: String!) {\n    reverseModerationDecision(decisionId: $decisionId, reason: $reason) {\n      ...ModerationDecisionFields\n    }\n  }\n": typeof types.ReverseModerationDecisionDocument,
    "\n  mutation ModerateContent($kind: ModerationSubjectKind!, $contentId: ID!, $decision: ModerationDecisionInput!) {\n    moderateContent(kind: $kind, contentId: $contentId, decision: $decision) {\n      ...ModerationDecisionFields\n    }\n  }\n": typeof types.ModerateContentDocument,
    "\n  mutation ModeratePerson($personId: ID!, $decision: ModerationDecisionInput!) {\n    moderatePerson(personId: $personId, decision: $decision) {\n      ...ModerationDecisionFields\n    }\n  }\n": typeof types.ModeratePersonDocument,
    "\n  query ModerationAppeals {\n    moderationAppeals {\n      id\n      statement\n      status\n      createdAt\n      decision {\n        ...ModerationDecisionFields\n        subjectKind\n      }\n    }\n  }\n": typeof types.ModerationAppealsDocument,
    "\n  mutation DecideModerationAppeal($appealId: ID!, $overturn: Boolean!, $note: String!) {\n    decideModerationAppeal(appealId: $appealId, overturn: $overturn, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.DecideModerationAppealDocument,
    "\n  query StoriesForReview {\n    storiesForReview {\n      id\n      title\n      body\n      authorDisplayName\n      createdAt\n      heldForReview\n    }\n  }\n": typeof types.StoriesForReviewDocument,
    "\n  mutation ReviewStory($storyId: ID!, $approve: Boolean!, $note: String) {\n    reviewStory(storyId: $storyId, approve: $approve, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewStoryDocument,
    "\n  query MyModeration {\n    myAccountStanding {\n      mayPost\n      banned\n      suspendedUntil\n    }\n    myModerationDecisions {\n      id\n      action\n      reason\n      subjectKind\n      createdAt\n      suspendedUntil\n      appealable\n      appealDeadline\n      appealStatus\n      reversed\n    }\n    myModerationReports {\n      id\n      reason\n      createdAt\n      outcome\n      outcomeAt\n    }\n  }\n": typeof types.MyModerationDocument,
    "\n  mutation AppealModerationDecision($decisionId: ID!, $statement: String!) {\n    appealModerationDecision(decisionId: $decisionId, statement: $statement) {\n      id\n      status\n    }\n  }\n": typeof types.AppealModerationDecisionDocument,
    "\n  query MyTrust {\n    myTrust {\n      current {\n        level\n        mayPostLinks\n        mayMessageBeyondConnections\n      }\n      nextLevelAt\n    }\n    trustLevels {\n      level\n      fromAccountAgeDays\n      mayPostLinks\n      mayMessageBeyondConnections\n    }\n  }\n": typeof types.MyTrustDocument,
    "\n  query Notifications {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          subjectId\n          text\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationArrived {\n    myNotifications {\n      id\n    }\n  }\n": typeof types.NotificationArrivedDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query NotificationSettings {\n    myNotificationPreferences {\n      kind\n      inApp\n      email\n      push\n      mayBreakQuietHours\n      breakQuietHours\n    }\n    myWebPushSettings {\n      applicationServerKey\n      deviceCount\n    }\n    myQuietHours {\n      start\n      end\n      timeZone\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!, $push: Boolean, $breakQuietHours: Boolean) {\n    updateNotificationPreference(kind: $kind, inApp: $inApp, email: $email, push: $push, breakQuietHours: $breakQuietHours) {\n      kind\n      inApp\n      email\n      push\n      mayBreakQuietHours\n      breakQuietHours\n    }\n  }\n": typeof types.UpdateNotificationPreferenceDocument,
    "\n  mutation SetQuietHours($start: String!, $end: String!) {\n    setQuietHours(start: $start, end: $end) {\n      start\n      end\n      timeZone\n    }\n  }\n": typeof types.SetQuietHoursDocument,
    "\n  mutation ClearQuietHours {\n    clearQuietHours {\n      ok\n    }\n  }\n": typeof types.ClearQuietHoursDocument,
    "\n  mutation SubscribeToPush($subscription: PushSubscriptionInput!) {\n    subscribeToPush(subscription: $subscription) {\n      applicationServerKey\n      deviceCount\n    }\n  }\n": typeof types.SubscribeToPushDocument,
    "\n  mutation UnsubscribeFromPush($endpoint: String!) {\n    unsubscribeFromPush(endpoint: $endpoint) {\n      applicationServerKey\n      deviceCount\n    }\n  }\n": typeof types.UnsubscribeFromPushDocument,
    "\n  query MyOnCallRotas {\n    myOnCallRotas {\n      allianceId\n      allianceName\n      timeZone\n      shifts {\n        id\n        peerId\n        peerDisplayName\n        weekday\n        startsAt\n        endsAt\n      }\n      vettedPeers {\n        userId\n        displayName\n      }\n    }\n  }\n": typeof types.MyOnCallRotasDocument,
    "\n  mutation SetOnCallTimeZone($allianceId: ID!, $timeZone: String!) {\n    setOnCallTimeZone(allianceId: $allianceId, timeZone: $timeZone) {\n      allianceId\n      timeZone\n    }\n  }\n": typeof types.SetOnCallTimeZoneDocument,
    "\n  mutation AddOnCallShift($allianceId: ID!, $peerId: ID!, $weekday: Int!, $startsAt: String!, $endsAt: String!) {\n    addOnCallShift(allianceId: $allianceId, peerId: $peerId, weekday: $weekday, startsAt: $startsAt, endsAt: $endsAt) {\n      allianceId\n    }\n  }\n": typeof types.AddOnCallShiftDocument,
    "\n  mutation RemoveOnCallShift($shiftId: ID!) {\n    removeOnCallShift(shiftId: $shiftId) {\n      allianceId\n    }\n  }\n": typeof types.RemoveOnCallShiftDocument,
    "\n  query Onboarding {\n    me {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n    }\n    myRecoveryPreferences {\n      pathways\n      languages\n      preferredMentorGender\n      availability {\n        day\n        start\n        end\n      }\n    }\n  }\n": typeof types.OnboardingDocument,
    "\n  mutation SaveIntro($intro: String) {\n    updateProfileIntro(intro: $intro) {\n      profile {\n        id\n        intro\n      }\n      languageSuggestions {\n        matchedText\n        alternatives\n        message\n      }\n    }\n  }\n": typeof types.SaveIntroDocument,
    "\n  mutation SaveRecoveryPreferences($input: RecoveryPreferencesInput!) {\n    updateRecoveryPreferences(input: $input) {\n      pathways\n      languages\n      preferredMentorGender\n      availability {\n        day\n        start\n        end\n      }\n      updatedAt\n    }\n  }\n": typeof types.SaveRecoveryPreferencesDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n    }\n  }\n": typeof types.RequestDataExportDocument,
    "\n  query DataExportStatus($id: ID!) {\n    myDataExport(id: $id) {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n    }\n  }\n": typeof types.DataExportStatusDocument,
    "\n  query DataExportContent($id: ID!) {\n    myDataExport(id: $id) {\n      id\n      status\n      content\n    }\n  }\n": typeof types.DataExportContentDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password) {\n      message\n    }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query MyProfile {\n    me {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query MyIntro($userId: ID!) {\n    personProfile(userId: $userId) {\n      id\n      intro\n      introHeldForReview\n      introHeldReason\n    }\n  }\n": typeof types.MyIntroDocument,
    "\n  mutation UpdateMyIntro($intro: String) {\n    updateProfileIntro(intro: $intro) {\n      profile {\n        id\n        intro\n        introHeldForReview\n        introHeldReason\n      }\n      languageSuggestions {\n        matchedText\n        message\n      }\n    }\n  }\n": typeof types.UpdateMyIntroDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ok\n      message\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query PublicStories {\n    publicStories(first: 3) {\n      edges {\n        node {\n          id\n          title\n          body\n          authorDisplayName\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.PublicStoriesDocument,
    "\n  query RecoveryCapital {\n    barc10Statements {\n      version\n      minimumTotal\n      maximumTotal\n      statements {\n        number\n        text\n        translations {\n          locale\n          official\n          text\n        }\n      }\n      scale {\n        value\n        label\n        translations {\n          locale\n          official\n          text\n        }\n      }\n      referencePoint {\n        total\n        explanation\n        translations {\n          locale\n          official\n          text\n        }\n      }\n    }\n    myRecoveryCapital {\n      barc10History(first: 12) {\n        edges {\n          node {\n            id\n            total\n            takenAt\n            changeSincePrevious\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecoveryCapitalDocument,
    "\n  mutation RecordBarc10($answers: [Int!]!) {\n    recordBarc10(answers: $answers) {\n      id\n      total\n      takenAt\n      changeSincePrevious\n    }\n  }\n": typeof types.RecordBarc10Document,
    "\n  mutation RecordDomainRatings($input: RecordDomainRatingsInput!) {\n    recordDomainRatings(input: $input) {\n      id\n      takenAt\n    }\n  }\n": typeof types.RecordDomainRatingsDocument,
    "\n  query DomainRatings {\n    recoveryCapitalGuide {\n      domains {\n        domain\n        number\n        dimensions\n      }\n      dimensions {\n        dimension\n        domains\n      }\n      scale {\n        minimum\n        maximum\n        noteMaxLength\n        anchors {\n          value\n          label\n        }\n      }\n    }\n    myRecoveryCapital {\n      latestDomainRatings {\n        ...DomainSnapshot\n      }\n      domainRatingsHistory(first: 20) {\n        edges {\n          node {\n            id\n            takenAt\n            scores {\n              domain\n              score\n            }\n            dimensions {\n              dimension\n              score\n            }\n          }\n        }\n      }\n    }\n    mySharingGrants {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n\n  fragment DomainSnapshot on DomainRatingSnapshot {\n    id\n    takenAt\n    scores {\n      domain\n      score\n      note\n    }\n    dimensions {\n      dimension\n      score\n    }\n    strengths\n    needs\n  }\n": typeof types.DomainRatingsDocument,
    "\n  query CapitalChoices {\n    myCheckinPreferences {\n      reassessEveryDays\n    }\n    mySelfDescriptionNudges\n  }\n": typeof types.CapitalChoicesDocument,
    "\n  mutation SetReassessmentInterval($days: Int!) {\n    setReassessmentInterval(days: $days) {\n      reassessEveryDays\n    }\n  }\n": typeof types.SetReassessmentIntervalDocument,
    "\n  mutation SetSelfDescriptionNudges($enabled: Boolean!) {\n    setSelfDescriptionNudges(enabled: $enabled) {\n      ok\n    }\n  }\n": typeof types.SetSelfDescriptionNudgesDocument,
    "\n  query MyRecoveryPlan {\n    myRecoveryPlan {\n      goals {\n        ...PlanGoal\n      }\n      progress {\n        domain\n        stepsDone\n        stepsTotal\n      }\n      suggestions {\n        id\n        kind\n        state\n        domain\n        goalId\n        goalTitle\n        title\n        why\n        dueOn\n        suggestedByDisplayName\n        note\n        createdAt\n      }\n    }\n    mySharingGrants {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n\n  fragment PlanGoal on RecoveryGoal {\n    id\n    domain\n    title\n    why\n    dueOn\n    status\n    suggested\n    suggestedByDisplayName\n    stepsDone\n    steps {\n      id\n      title\n      dueOn\n      done\n      position\n      suggested\n      suggestedByDisplayName\n    }\n  }\n": typeof types.MyRecoveryPlanDocument,
    "\n  mutation CreateRecoveryGoal($input: RecoveryGoalInput!) {\n    createRecoveryGoal(input: $input) {\n      ...PlanGoal\n    }\n  }\n": typeof types.CreateRecoveryGoalDocument,
    "\n  mutation UpdateRecoveryGoal($goalId: ID!, $input: RecoveryGoalInput!) {\n    updateRecoveryGoal(goalId: $goalId, input: $input) {\n      ...PlanGoal\n    }\n  }\n": typeof types.UpdateRecoveryGoalDocument,
    "\n  mutation SetRecoveryGoalStatus($goalId: ID!, $status: RecoveryGoalStatus!) {\n    setRecoveryGoalStatus(goalId: $goalId, status: $status) {\n      ...PlanGoal\n    }\n  }\n": typeof types.SetRecoveryGoalStatusDocument,
    "\n  mutation DeleteRecoveryGoal($goalId: ID!) {\n    deleteRecoveryGoal(goalId: $goalId) {\n      ok\n    }\n  }\n": typeof types.DeleteRecoveryGoalDocument,
    "\n  mutation AddRecoveryStep($goalId: ID!, $input: RecoveryStepInput!) {\n    addRecoveryStep(goalId: $goalId, input: $input) {\n      ...PlanGoal\n    }\n  }\n": typeof types.AddRecoveryStepDocument,
    "\n  mutation UpdateRecoveryStep($stepId: ID!, $input: RecoveryStepInput!) {\n    updateRecoveryStep(stepId: $stepId, input: $input) {\n      ...PlanGoal\n    }\n  }\n": typeof types.UpdateRecoveryStepDocument,
    "\n  mutation SetRecoveryStepDone($stepId: ID!, $done: Boolean!) {\n    setRecoveryStepDone(stepId: $stepId, done: $done) {\n      ...PlanGoal\n    }\n  }\n": typeof types.SetRecoveryStepDoneDocument,
    "\n  mutation ReorderRecoverySteps($goalId: ID!, $stepIds: [ID!]!) {\n    reorderRecoverySteps(goalId: $goalId, stepIds: $stepIds) {\n      ...PlanGoal\n    }\n  }\n": typeof types.ReorderRecoveryStepsDocument,
    "\n  mutation DeleteRecoveryStep($stepId: ID!) {\n    deleteRecoveryStep(stepId: $stepId) {\n      ...PlanGoal\n    }\n  }\n": typeof types.DeleteRecoveryStepDocument,
    "\n  mutation AcceptPlanSuggestion($suggestionId: ID!) {\n    acceptPlanSuggestion(suggestionId: $suggestionId) {\n      id\n      state\n    }\n  }\n": typeof types.AcceptPlanSuggestionDocument,
    "\n  mutation DeclinePlanSuggestion($suggestionId: ID!, $note: String) {\n    declinePlanSuggestion(suggestionId: $suggestionId, note: $note) {\n      id\n      state\n      note\n    }\n  }\n": typeof types.DeclinePlanSuggestionDocument,
    "\n  query MyCircle {\n    mySupportCircle {\n      id\n      name\n      members {\n        userId\n        displayName\n        relationship\n        joinedAt\n      }\n    }\n    myCircleInvitations {\n      id\n      email\n      inviteeId\n      relationship\n      state\n      createdAt\n      expiresAt\n    }\n    mySharingGrants {\n      id\n      scope\n      granteeId\n      granteeDisplayName\n      purpose\n      ends\n      expiresAt\n      grantedAt\n      active\n    }\n  }\n": typeof types.MyCircleDocument,
    "\n  query PeopleITalkWith {\n    myConversations(first: 50) {\n      edges {\n        node {\n          id\n          participants {\n            personId\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleITalkWithDocument,
    "\n  query MyDisclosureLog($after: String) {\n    myDisclosureLog(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          viewerDisplayName\n          what\n          scope\n          accessedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyDisclosureLogDocument,
    "\n  mutation RenameCircle($name: String!) {\n    renameSupportCircle(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameCircleDocument,
    "\n  mutation InviteToCircleByEmail($email: String!, $relationship: CircleRelationship!) {\n    inviteToCircleByEmail(email: $email, relationship: $relationship) {\n      id\n      state\n    }\n  }\n": typeof types.InviteToCircleByEmailDocument,
    "\n  mutation InviteToCircleOnKindred($userId: ID!, $relationship: CircleRelationship!) {\n    inviteToCircle(userId: $userId, relationship: $relationship) {\n      id\n      state\n    }\n  }\n": typeof types.InviteToCircleOnKindredDocument,
    "\n  mutation WithdrawCircleInvitation($invitationId: ID!) {\n    revokeCircleInvitation(invitationId: $invitationId) {\n      id\n      state\n    }\n  }\n": typeof types.WithdrawCircleInvitationDocument,
    "\n  mutation RemoveFromCircle($userId: ID!) {\n    removeFromCircle(userId: $userId) {\n      id\n      members {\n        userId\n      }\n    }\n  }\n": typeof types.RemoveFromCircleDocument,
    "\n  mutation GrantSharing($input: GrantSharingInput!) {\n    grantSharing(input: $input) {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n": typeof types.GrantSharingDocument,
    "\n  mutation RevokeSharing($grantId: ID!) {\n    revokeSharing(grantId: $grantId) {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n": typeof types.RevokeSharingDocument,
    "\n  query SharedWithMe {\n    sharedWithMe {\n      id\n      ownerId\n      ownerDisplayName\n      scope\n      purpose\n      ends\n      expiresAt\n      grantedAt\n    }\n    circlesISupport {\n      id\n      name\n      ownerId\n      ownerDisplayName\n      myRelationship\n    }\n    circleInvitationsForMe {\n      id\n    }\n    sharingEndedWithMe {\n      id\n      ownerId\n      ownerDisplayName\n      scope\n      revokedAt\n      expiresAt\n    }\n  }\n": typeof types.SharedWithMeDocument,
    "\n  query SharedCheckins($ownerId: ID!) {\n    sharedCheckins(ownerId: $ownerId) {\n      ownerId\n      days\n      averageMood\n      averageCravings\n      checkins {\n        checkedInAt\n        mood\n        cravings\n      }\n      redisclosureNotice\n    }\n  }\n": typeof types.SharedCheckinsDocument,
    "\n  query SharedMilestones($ownerId: ID!) {\n    sharedMilestones(ownerId: $ownerId) {\n      ownerId\n      totalDays\n      milestones {\n        days\n        reachedOn\n      }\n      redisclosureNotice\n    }\n  }\n": typeof types.SharedMilestonesDocument,
    "\n  query SharedPlan($ownerId: ID!) {\n    sharedRecoveryPlan(ownerId: $ownerId) {\n      ownerId\n      redisclosureNotice\n      goals(status: ACTIVE) {\n        id\n        title\n        domain\n        stepsDone\n        steps {\n          id\n          title\n          done\n        }\n      }\n      suggestions {\n        id\n        title\n        goalTitle\n        state\n        createdAt\n      }\n    }\n  }\n": typeof types.SharedPlanDocument,
    "\n  query SharedCapital($ownerId: ID!) {\n    sharedRecoveryCapital(ownerId: $ownerId) {\n      redisclosureNotice\n      latestDomainRatings {\n        id\n        takenAt\n        scores {\n          domain\n          score\n        }\n      }\n    }\n  }\n": typeof types.SharedCapitalDocument,
    "\n  query DiaryEntriesSharedWithMe($ownerId: ID!) {\n    diaryEntriesSharedWithMe(ownerId: $ownerId, first: 20) {\n      edges {\n        node {\n          id\n          entryDate\n          sharedAt\n        }\n      }\n    }\n  }\n": typeof types.DiaryEntriesSharedWithMeDocument,
    "\n  query SharedDiaryEntry($id: ID!) {\n    sharedDiaryEntry(id: $id) {\n      id\n      entryDate\n      body\n      mood\n      redisclosureNotice\n    }\n  }\n": typeof types.SharedDiaryEntryDocument,
    "\n  mutation SuggestRecoveryStep($goalId: ID!, $input: RecoveryStepInput!, $why: String) {\n    suggestRecoveryStep(goalId: $goalId, input: $input, why: $why) {\n      id\n      title\n      goalTitle\n      state\n      createdAt\n    }\n  }\n": typeof types.SuggestRecoveryStepDocument,
    "\n  subscription SharedCapitalUpdates($ownerId: ID!) {\n    sharedRecoveryCapitalUpdates(ownerId: $ownerId) {\n      redisclosureNotice\n      latestDomainRatings {\n        id\n        takenAt\n        scores {\n          domain\n          score\n        }\n      }\n    }\n  }\n": typeof types.SharedCapitalUpdatesDocument,
    "\n  mutation SuggestRecoveryGoal($ownerId: ID!, $input: RecoveryGoalInput!) {\n    suggestRecoveryGoal(ownerId: $ownerId, input: $input) {\n      id\n      title\n      goalTitle\n      state\n      createdAt\n    }\n  }\n": typeof types.SuggestRecoveryGoalDocument,
    "\n  mutation WithdrawPlanSuggestion($suggestionId: ID!) {\n    withdrawPlanSuggestion(suggestionId: $suggestionId) {\n      id\n      state\n      answeredAt\n    }\n  }\n": typeof types.WithdrawPlanSuggestionDocument,
    "\n  mutation LeaveSupportCircle($circleId: ID!) {\n    leaveSupportCircle(circleId: $circleId) {\n      ok\n    }\n  }\n": typeof types.LeaveSupportCircleDocument,
    "\n  fragment SparkApplicationFields on SparkApplication {\n    id\n    fundId\n    allianceId\n    applicantDisplayName\n    mine\n    amount\n    currency\n    category\n    nextStep\n    neededBy\n    status\n    infoRequest\n    declineReason\n    approvalsGiven\n    approvalsRequired\n    approvedByMe\n    createdAt\n    submittedAt\n    decidedAt\n    disbursedAt\n    receivedAt\n    followUpOutcome\n    followUpNote\n  }\n": typeof types.SparkApplicationFieldsFragmentDoc,
    "\n  fragment SparkFundFields on SparkFund {\n    id\n    allianceId\n    name\n    currency\n    status\n    acceptingApplications\n    perGrantCap\n    perPersonCap\n    dualApprovalThreshold\n    separatePaymentFromApproval\n    periodStart\n    periodEnd\n  }\n": typeof types.SparkFundFieldsFragmentDoc,
    "\n  query MySparks {\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n    }\n    mySparkApplications(first: 15) {\n      edges {\n        node {\n          ...SparkApplicationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MySparksDocument,
    "\n  query SparkFundsForMember($allianceId: ID!) {\n    sparkFunds(allianceId: $allianceId) {\n      ...SparkFundFields\n    }\n  }\n": typeof types.SparkFundsForMemberDocument,
    "\n  mutation DraftSparkApplication($fundId: ID!, $input: SparkApplicationInput!) {\n    draftSparkApplication(fundId: $fundId, input: $input) {\n      ...SparkApplicationFields\n    }\n  }\n": typeof types.DraftSparkApplicationDocument,
    "\n  mutation UpdateSparkApplication($applicationId: ID!, $input: SparkApplicationInput!) {\n    updateSparkApplication(applicationId: $applicationId, input: $input) {\n      ...SparkApplicationFields\n    }\n  }\n": typeof types.UpdateSparkApplicationDocument,
    "\n  mutation SubmitSparkApplication($applicationId: ID!) {\n    submitSparkApplication(applicationId: $applicationId) {\n      ...SparkApplicationFields\n    }\n  }\n": typeof types.SubmitSparkApplicationDocument,
    "\n  mutation CancelSparkApplication($applicationId: ID!, $idempotencyKey: String!) {\n    cancelSparkApplication(applicationId: $applicationId, idempotencyKey: $idempotencyKey) {\n      ...SparkApplicationFields\n    }\n  }\n": typeof types.CancelSparkApplicationDocument,
    "\n  mutation ConfirmSparkReceipt($applicationId: ID!) {\n    confirmSparkReceipt(applicationId: $applicationId) {\n      ...SparkApplicationFields\n    }\n  }\n": typeof types.ConfirmSparkReceiptDocument,
    "\n  mutation ShareSparkFollowUp($applicationId: ID!, $outcome: SparkFollowUpOutcome!, $note: String) {\n    shareSparkFollowUp(applicationId: $applicationId, outcome: $outcome, note: $note) {\n      ...SparkApplicationFields\n    }\n  }\n": typeof types.ShareSparkFollowUpDocument,
    "\n  query SparkQueue($allianceId: ID!, $status: SparkApplicationStatus, $after: String) {\n    sparkApplications(allianceId: $allianceId, status: $status, first: 15, after: $after) {\n      edges {\n        node {\n          ...SparkApplicationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    sparkFunds(allianceId: $allianceId) {\n      ...SparkFundFields\n    }\n  }\n": typeof types.SparkQueueDocument,
    "\n  query SparkApplicationTimeline($applicationId: ID!) {\n    sparkApplicationTimeline(applicationId: $applicationId) {\n      step\n      at\n      byMe\n      actorDisplayName\n    }\n  }\n": typeof types.SparkApplicationTimelineDocument,
    "\n  query SparkPaymentDetails($applicationId: ID!) {\n    sparkPaymentDetails(applicationId: $applicationId) {\n      method\n      reference\n      recordedAt\n      recordedByMe\n    }\n  }\n": typeof types.SparkPaymentDetailsDocument,
    "\n  mutation ApproveSparkApplication($applicationId: ID!, $idempotencyKey: String!) {\n    approveSparkApplication(applicationId: $applicationId, idempotencyKey: $idempotencyKey) {\n      ...SparkApplicationFields\n    }\n  }\n": typeof types.ApproveSparkApplicationDocument,
    "\n  mutation DeclineSparkApplication($applicationId: ID!, $reason: String!) {\n    declineSparkApplication(applicationId: $applicationId, reason: $reason) {\n      ...SparkApplicationFields\n    }\n  }\n": typeof types.DeclineSparkApplicationDocument,
    "\n  mutation AskForSparkInformation($applicationId: ID!, $question: String!) {\n    askForSparkInformation(applicationId: $applicationId, question: $question) {\n      ...SparkApplicationFields\n    }\n  }\n": typeof types.AskForSparkInformationDocument,
    "\n  mutation RecordSparkPayment($applicationId: ID!, $idempotencyKey: String!, $input: RecordSparkPaymentInput!) {\n    recordSparkPayment(applicationId: $applicationId, idempotencyKey: $idempotencyKey, input: $input) {\n      ...SparkApplicationFields\n    }\n  }\n": typeof types.RecordSparkPaymentDocument,
    "\n  query CoordinatorSparkFunds($allianceId: ID!) {\n    sparkFunds(allianceId: $allianceId) {\n      ...SparkFundFields\n      openedAt\n      closedAt\n      balance {\n        budget\n        reserved\n        disbursed\n        available\n        currency\n      }\n    }\n  }\n": typeof types.CoordinatorSparkFundsDocument,
    "\n  query SparkFundLedger($fundId: ID!) {\n    sparkFundLedger(fundId: $fundId, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          amount\n          currency\n          at\n        }\n      }\n    }\n  }\n": typeof types.SparkFundLedgerDocument,
    "\n  mutation OpenSparkFund($allianceId: ID!, $input: OpenSparkFundInput!) {\n    openSparkFund(allianceId: $allianceId, input: $input) {\n      id\n    }\n  }\n": typeof types.OpenSparkFundDocument,
    "\n  mutation AddSparkFundBudget($fundId: ID!, $amount: Int!, $idempotencyKey: String!) {\n    addSparkFundBudget(fundId: $fundId, amount: $amount, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n": typeof types.AddSparkFundBudgetDocument,
    "\n  mutation CloseSparkFund($fundId: ID!) {\n    closeSparkFund(fundId: $fundId) {\n      id\n      status\n    }\n  }\n": typeof types.CloseSparkFundDocument,
    "\n  query SparkReport($allianceId: ID!, $from: String!, $to: String!) {\n    sparkReport(allianceId: $allianceId, from: $from, to: $to) {\n      currency\n      amountLeft\n      totals {\n        applications\n        approved\n        declined\n        cancelled\n        approvedAmount\n        disbursedAmount\n        approvalRate\n        medianDaysToDecision\n        followUps {\n          outcome\n          count\n        }\n      }\n      byCategory {\n        category\n        applications\n        approved\n        approvedAmount\n        disbursedAmount\n      }\n    }\n  }\n": typeof types.SparkReportDocument,
    "\n  query SparkReportCsv($allianceId: ID!, $from: String!, $to: String!) {\n    sparkReportCsv(allianceId: $allianceId, from: $from, to: $to)\n  }\n": typeof types.SparkReportCsvDocument,
    "\n  query StoriesPage($first: Int!) {\n    me {\n      id\n      displayName\n    }\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      status\n    }\n    myStories {\n      id\n      title\n      body\n      status\n      allianceId\n      isPublic\n      showNamePublicly\n      heldForReview\n      heldReason\n      reviewNote\n      publishedAt\n      createdAt\n      encouragements {\n        kind\n        count\n      }\n    }\n    stories(first: $first) {\n      edges {\n        node {\n          id\n          title\n          body\n          authorId\n          authorDisplayName\n          publishedAt\n          encouragements {\n            kind\n            count\n          }\n          myEncouragements\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.StoriesPageDocument,
    "\n  mutation WriteStory($input: StoryInput!) {\n    writeStory(input: $input) {\n      story {\n        id\n        status\n      }\n      languageSuggestions {\n        matchedText\n        message\n      }\n    }\n  }\n": typeof types.WriteStoryDocument,
    "\n  mutation EditStory($storyId: ID!, $input: StoryInput!) {\n    editStory(storyId: $storyId, input: $input) {\n      story {\n        id\n        title\n        body\n        status\n        publishedAt\n        reviewNote\n        heldForReview\n        heldReason\n      }\n      languageSuggestions {\n        matchedText\n        message\n      }\n    }\n  }\n": typeof types.EditStoryDocument,
    "\n  mutation WithdrawStory($storyId: ID!) {\n    withdrawStory(storyId: $storyId) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.WithdrawStoryDocument,
    "\n  mutation EncourageStory($storyId: ID!, $kind: EncouragementKind!, $on: Boolean!) {\n    encourageStory(storyId: $storyId, kind: $kind, on: $on) {\n      id\n      encouragements {\n        kind\n        count\n      }\n      myEncouragements\n    }\n  }\n": typeof types.EncourageStoryDocument,
    "\n  mutation RequestSupportNow {\n    requestSupportNow {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n": typeof types.RequestSupportNowDocument,
    "\n  query SupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n": typeof types.SupportRequestDocument,
    "\n  subscription SupportRequestChanged($id: ID!) {\n    supportRequestChanged(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n": typeof types.SupportRequestChangedDocument,
    "\n  mutation AnswerSupportRequest($id: ID!) {\n    answerSupportRequest(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n": typeof types.AnswerSupportRequestDocument,
    "\n  mutation CloseSupportRequest($id: ID!) {\n    closeSupportRequest(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n": typeof types.CloseSupportRequestDocument,
    "\n  query SupportNowSetup {\n    mySupportNowSetup {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n": typeof types.SupportNowSetupDocument,
    "\n  mutation ChooseSupportResponder($userId: ID!) {\n    chooseSupportResponder(userId: $userId) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n": typeof types.ChooseSupportResponderDocument,
    "\n  mutation RemoveSupportResponder($userId: ID!) {\n    removeSupportResponder(userId: $userId) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n": typeof types.RemoveSupportResponderDocument,
    "\n  mutation SetSupportNowReachOnCall($reachOnCall: Boolean!) {\n    setSupportNowReachOnCall(reachOnCall: $reachOnCall) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n": typeof types.SetSupportNowReachOnCallDocument,
    "\n  mutation AnswerSupportResponderAsk($memberId: ID!, $consent: Boolean!, $throughQuietHours: Boolean!) {\n    answerSupportResponderAsk(memberId: $memberId, consent: $consent, throughQuietHours: $throughQuietHours) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n": typeof types.AnswerSupportResponderAskDocument,
    "\n  query SupportRequestsForMe {\n    supportRequestsForMe {\n      id\n      memberDisplayName\n      answers {\n        userId\n      }\n    }\n  }\n": typeof types.SupportRequestsForMeDocument,
    "\n  subscription SupportNoticeArrived {\n    myNotifications {\n      id\n      kind\n    }\n  }\n": typeof types.SupportNoticeArrivedDocument,
    "\n  query TestViewerName {\n    me {\n      id\n      displayName\n    }\n  }\n": typeof types.TestViewerNameDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ok\n    }\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n      emailVerified\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      message\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      message\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ok\n      message\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n": types.SignInDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n      message\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query AdminAlliances($name: String, $after: String) {\n    alliances(first: 20, name: $name, after: $after) {\n      edges {\n        node {\n          id\n          name\n          city\n          region\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminAlliancesDocument,
    "\n  mutation CreateAlliance($input: AllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateAllianceDocument,
    "\n  query AdminAlliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      description\n      city\n      region\n      postcodePrefixes\n      languages\n      currency\n      crisisResources {\n        name\n        phone\n        hours\n        languages\n      }\n      partnerOrganisations {\n        name\n        kind\n        description\n        url\n      }\n    }\n    allianceCoordinators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n    allianceModerators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n  }\n": types.AdminAllianceDocument,
    "\n  mutation AppointCoordinator($allianceId: ID!, $userId: ID!) {\n    appointCoordinator(allianceId: $allianceId, userId: $userId) {\n      id\n    }\n  }\n": types.AppointCoordinatorDocument,
    "\n  mutation RemoveCoordinator($allianceId: ID!, $userId: ID!) {\n    removeCoordinator(allianceId: $allianceId, userId: $userId) {\n      id\n    }\n  }\n": types.RemoveCoordinatorDocument,
    "\n  query PersonByEmail($email: String!) {\n    personByEmail(email: $email) {\n      id\n      displayName\n      roles\n    }\n  }\n": types.PersonByEmailDocument,
    "\n  mutation GrantRole($userId: ID!, $role: PlatformRole!) {\n    grantRole(userId: $userId, role: $role) {\n      id\n      roles\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($userId: ID!, $role: PlatformRole!) {\n    revokeRole(userId: $userId, role: $role) {\n      id\n      roles\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  query AuditEvents($action: String, $actorId: ID, $subjectId: ID, $after: String) {\n    auditEvents(first: 30, action: $action, actorId: $actorId, subjectId: $subjectId, after: $after) {\n      edges {\n        node {\n          id\n          action\n          actorDisplayName\n          subjectDisplayName\n          occurredAt\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  mutation RequestSystemCheck {\n    requestSystemCheck {\n      id\n      status\n    }\n  }\n": types.RequestSystemCheckDocument,
    "\n  query SystemCheck($id: ID!) {\n    systemCheck(id: $id) {\n      id\n      status\n      roundTripMs\n    }\n  }\n": types.SystemCheckDocument,
    "\n  mutation OpenQueueDashboard {\n    openQueueDashboard {\n      url\n      expiresAt\n    }\n  }\n": types.OpenQueueDashboardDocument,
    "\n  query FindAlliances($postcode: String, $city: String) {\n    alliances(postcode: $postcode, city: $city, first: 10) {\n      edges {\n        node {\n          id\n          name\n          city\n          region\n          description\n        }\n      }\n    }\n  }\n": types.FindAlliancesDocument,
    "\n  mutation AskToJoinAlliance($allianceId: ID!, $capacity: AllianceCapacity!) {\n    requestToJoinAlliance(allianceId: $allianceId, capacity: $capacity) {\n      id\n      allianceName\n      status\n    }\n  }\n": types.AskToJoinAllianceDocument,
    "\n  query MyAlliances {\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n      requestedAt\n      declineReason\n    }\n  }\n": types.MyAlliancesDocument,
    "\n  query SupporterCorner($allianceId: ID!) {\n    supporterGroups(allianceId: $allianceId) {\n      id\n      title\n      participantCount\n      joined\n    }\n    allianceResources(allianceId: $allianceId) {\n      id\n      name\n      kind\n      audience\n      description\n      phone\n      url\n      hours\n    }\n  }\n": types.SupporterCornerDocument,
    "\n  mutation JoinSupporterGroup($conversationId: ID!) {\n    joinSupporterGroup(conversationId: $conversationId) {\n      id\n    }\n  }\n": types.JoinSupporterGroupDocument,
    "\n  mutation LeaveAlliance($allianceId: ID!) {\n    leaveAlliance(allianceId: $allianceId) {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n      requestedAt\n      declineReason\n    }\n  }\n": types.LeaveAllianceDocument,
    "\n  query MyCheckins {\n    myCheckins(first: 20) {\n      edges {\n        node {\n          id\n          checkedInAt\n          mood\n          cravings\n          note\n        }\n      }\n    }\n  }\n": types.MyCheckinsDocument,
    "\n  mutation CheckIn($input: CheckinInput!) {\n    checkIn(input: $input) {\n      id\n      checkedInAt\n      mood\n      cravings\n      note\n    }\n  }\n": types.CheckInDocument,
    "\n  mutation DeleteCheckin($checkinId: ID!) {\n    deleteCheckin(checkinId: $checkinId)\n  }\n": types.DeleteCheckinDocument,
    "\n  query MyCheckinRhythm {\n    myCheckinPreferences {\n      cadence\n      days\n      localTime\n      nextReminderAt\n    }\n  }\n": types.MyCheckinRhythmDocument,
    "\n  mutation SetCheckinRhythm($input: CheckinRhythmInput!) {\n    setCheckinRhythm(input: $input) {\n      cadence\n      days\n      localTime\n      nextReminderAt\n    }\n  }\n": types.SetCheckinRhythmDocument,
    "\n  mutation StopCheckinReminders {\n    stopCheckinReminders {\n      cadence\n      days\n      localTime\n      nextReminderAt\n    }\n  }\n": types.StopCheckinRemindersDocument,
    "\n  mutation AcceptCircleInvitation($token: String, $invitationId: ID) {\n    acceptCircleInvitation(token: $token, invitationId: $invitationId) {\n      id\n      circleName\n      inviterDisplayName\n      state\n    }\n  }\n": types.AcceptCircleInvitationDocument,
    "\n  mutation DeclineCircleInvitation($token: String, $invitationId: ID) {\n    declineCircleInvitation(token: $token, invitationId: $invitationId) {\n      id\n      inviterDisplayName\n      state\n    }\n  }\n": types.DeclineCircleInvitationDocument,
    "\n  query CircleInvitationsForMe {\n    circleInvitationsForMe {\n      id\n      circleName\n      inviterDisplayName\n      relationship\n      expiresAt\n    }\n  }\n": types.CircleInvitationsForMeDocument,
    "\n  query MyCoordinatedAlliances {\n    myCoordinatedAlliances {\n      id\n      name\n      city\n      currency\n    }\n  }\n": types.MyCoordinatedAlliancesDocument,
    "\n  query ConsoleAlliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n": types.ConsoleAllianceDocument,
    "\n  query JoinRequests($allianceId: ID!) {\n    allianceMembers(allianceId: $allianceId, status: REQUESTED, first: 50) {\n      edges {\n        node {\n          id\n          personId\n          personDisplayName\n          capacity\n          requestedAt\n          status\n        }\n      }\n    }\n  }\n": types.JoinRequestsDocument,
    "\n  mutation DecideMembership($membershipId: ID!, $decision: MembershipDecision!, $reason: String) {\n    decideMembership(membershipId: $membershipId, decision: $decision, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.DecideMembershipDocument,
    "\n  query MentorApplications($allianceId: ID!) {\n    waiting: mentorApplications(allianceId: $allianceId, status: SUBMITTED, first: 20) {\n      edges {\n        node {\n          id\n          applicantId\n          applicantDisplayName\n          status\n          livedExperienceSummary\n          pathways\n          yearsInRecovery\n          languages\n          focusDomains\n          availability {\n            day\n            start\n            end\n          }\n          maxMentees\n          trainingCompleted\n          createdAt\n        }\n      }\n    }\n    withApplicant: mentorApplications(allianceId: $allianceId, status: CHANGES_REQUESTED, first: 20) {\n      edges {\n        node {\n          id\n          applicantDisplayName\n          coordinatorMessage\n          createdAt\n          decidedAt\n        }\n      }\n    }\n  }\n": types.MentorApplicationsDocument,
    "\n  mutation DecideMentorApplication($applicationId: ID!, $decision: MentorApplicationDecision!, $message: String) {\n    decideMentorApplication(applicationId: $applicationId, decision: $decision, message: $message) {\n      id\n      status\n      coordinatorMessage\n    }\n  }\n": types.DecideMentorApplicationDocument,
    "\n  mutation ChangeMentorVetting($applicationId: ID!, $action: VettingAction!, $reason: String) {\n    changeMentorVetting(applicationId: $applicationId, action: $action, reason: $reason) {\n      id\n      status\n      coordinatorMessage\n    }\n  }\n": types.ChangeMentorVettingDocument,
    "\n  query MentorsOverview($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      mentorPlacesLimit\n    }\n    mentorApplications(allianceId: $allianceId, first: 100) {\n      edges {\n        node {\n          id\n          applicantId\n          applicantDisplayName\n          status\n          maxMentees\n          coordinatorMessage\n        }\n      }\n    }\n    mentorReports(allianceId: $allianceId) {\n      id\n      mentorDisplayName\n      reason\n      note\n      createdAt\n    }\n    mentorshipHelpRequests(allianceId: $allianceId) {\n      mentorshipId\n      memberDisplayName\n      mentorDisplayName\n      askedBy\n      askedAt\n    }\n  }\n": types.MentorsOverviewDocument,
    "\n  mutation SetMentorPlacesLimit($allianceId: ID!, $limit: Int!) {\n    setMentorPlacesLimit(allianceId: $allianceId, limit: $limit) {\n      id\n      mentorPlacesLimit\n    }\n  }\n": types.SetMentorPlacesLimitDocument,
    "\n  mutation SetMentorPlaces($allianceId: ID!, $mentorId: ID!, $places: Int!) {\n    setMentorPlaces(allianceId: $allianceId, mentorId: $mentorId, places: $places) {\n      mentorId\n      places\n      taken\n    }\n  }\n": types.SetMentorPlacesDocument,
    "\n  mutation ResolveMentorshipHelp($mentorshipId: ID!) {\n    resolveMentorshipHelp(mentorshipId: $mentorshipId) {\n      ok\n    }\n  }\n": types.ResolveMentorshipHelpDocument,
    "\n  query AllianceSettings($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      description\n      region\n      city\n      postcodePrefixes\n      languages\n      currency\n      mentorPlacesLimit\n      crisisResources {\n        name\n        phone\n        hours\n        languages\n      }\n      partnerOrganisations {\n        name\n        kind\n        description\n        url\n      }\n    }\n  }\n": types.AllianceSettingsDocument,
    "\n  mutation UpdateAlliance($allianceId: ID!, $input: AllianceInput!) {\n    updateAlliance(allianceId: $allianceId, input: $input) {\n      id\n      name\n      description\n      region\n      city\n      postcodePrefixes\n      languages\n      currency\n      crisisResources {\n        name\n        phone\n        hours\n        languages\n      }\n    }\n  }\n": types.UpdateAllianceDocument,
    "\n  query AllianceResources($allianceId: ID!) {\n    allianceResources(allianceId: $allianceId) {\n      id\n      kind\n      name\n      description\n      phone\n      url\n      address\n      hours\n      audience\n    }\n  }\n": types.AllianceResourcesDocument,
    "\n  mutation AddAllianceResource($allianceId: ID!, $input: AllianceResourceInput!) {\n    addAllianceResource(allianceId: $allianceId, input: $input) {\n      id\n    }\n  }\n": types.AddAllianceResourceDocument,
    "\n  mutation RemoveAllianceResource($resourceId: ID!) {\n    removeAllianceResource(resourceId: $resourceId) {\n      ok\n    }\n  }\n": types.RemoveAllianceResourceDocument,
    "\n  query AllianceTeam($allianceId: ID!) {\n    allianceCoordinators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n    allianceModerators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n    allianceMembers(allianceId: $allianceId, status: ACTIVE, first: 100) {\n      edges {\n        node {\n          id\n          personId\n          personDisplayName\n          capacity\n        }\n      }\n    }\n  }\n": types.AllianceTeamDocument,
    "\n  mutation AppointModerator($allianceId: ID!, $userId: ID!) {\n    appointModerator(allianceId: $allianceId, userId: $userId) {\n      userId\n      displayName\n      appointedAt\n    }\n  }\n": types.AppointModeratorDocument,
    "\n  mutation RemoveModerator($allianceId: ID!, $userId: ID!) {\n    removeModerator(allianceId: $allianceId, userId: $userId) {\n      userId\n      displayName\n      appointedAt\n    }\n  }\n": types.RemoveModeratorDocument,
    "\n  query AllianceInsights($allianceId: ID!, $months: Int!) {\n    allianceInsights(allianceId: $allianceId, months: $months) {\n      since\n      minimumPeople\n      hiddenFigures\n      checkinTrend {\n        weekStarting\n        averageMood\n        averageCravings\n        people\n      }\n      capitalTrend {\n        month\n        averageTotal\n        people\n      }\n      domains {\n        domain\n        facilitators {\n          tagId\n          kind\n          label\n          people\n        }\n        obstacles {\n          tagId\n          kind\n          label\n          people\n        }\n      }\n    }\n  }\n": types.AllianceInsightsDocument,
    "\n  query AllianceGroups($allianceId: ID!) {\n    allianceGroups(allianceId: $allianceId) {\n      id\n      title\n      supporterGroup\n      participantCount\n      participants {\n        personId\n        displayName\n        role\n      }\n    }\n    allianceMembers(allianceId: $allianceId, status: ACTIVE, first: 100) {\n      edges {\n        node {\n          id\n          personId\n          personDisplayName\n          capacity\n        }\n      }\n    }\n  }\n": types.AllianceGroupsDocument,
    "\n  mutation CreateMembersGroup($allianceId: ID!, $title: String!) {\n    createAllianceGroup(allianceId: $allianceId, title: $title) {\n      id\n    }\n  }\n": types.CreateMembersGroupDocument,
    "\n  mutation CreateSupporterGroup($allianceId: ID!, $title: String!) {\n    createSupporterGroup(allianceId: $allianceId, title: $title) {\n      id\n    }\n  }\n": types.CreateSupporterGroupDocument,
    "\n  mutation AddGroupParticipant($conversationId: ID!, $userId: ID!) {\n    addGroupParticipant(conversationId: $conversationId, userId: $userId) {\n      id\n    }\n  }\n": types.AddGroupParticipantDocument,
    "\n  mutation RemoveGroupParticipant($conversationId: ID!, $userId: ID!) {\n    removeGroupParticipant(conversationId: $conversationId, userId: $userId) {\n      id\n    }\n  }\n": types.RemoveGroupParticipantDocument,
    "\n  query CrisisSupport($locale: String, $timeZone: String) {\n    crisisSupport(locale: $locale, timeZone: $timeZone) {\n      message\n      platformLines {\n        name\n        phone\n        hours\n        description\n        country\n      }\n      allianceLines {\n        allianceId\n        allianceName\n        resources {\n          name\n          phone\n          hours\n        }\n      }\n    }\n  }\n": types.CrisisSupportDocument,
    "\n  query MyEarlyHelp {\n    myEarlyHelp {\n      id\n      openedAt\n      reason\n      message\n      nextSteps\n      mentorTold\n    }\n    myCrisisAlertConsent\n  }\n": types.MyEarlyHelpDocument,
    "\n  mutation SetCrisisAlertConsent($consent: Boolean!) {\n    setCrisisAlertConsent(consent: $consent)\n  }\n": types.SetCrisisAlertConsentDocument,
    "\n  query MentorAlerts {\n    myCrisisAlerts {\n      id\n      memberId\n      memberDisplayName\n      createdAt\n      guidance\n    }\n    myEarlyHelpAlerts {\n      id\n      memberId\n      memberDisplayName\n      createdAt\n      reason\n      guidance\n      seen\n    }\n  }\n": types.MentorAlertsDocument,
    "\n  mutation MarkEarlyHelpAlertSeen($alertId: ID!) {\n    markEarlyHelpAlertSeen(alertId: $alertId)\n  }\n": types.MarkEarlyHelpAlertSeenDocument,
    "\n  fragment DiaryEntryFields on DiaryEntry {\n    id\n    entryDate\n    body\n    tags\n    updatedAt\n    sharedWith {\n      personId\n      displayName\n      sharedAt\n      visibleNow\n    }\n  }\n": types.DiaryEntryFieldsFragmentDoc,
    "\n  query MyDiary($first: Int!, $after: String, $tags: [String!], $from: String, $to: String) {\n    myDiaryEntries(first: $first, after: $after, tags: $tags, from: $from, to: $to) {\n      edges {\n        node {\n          ...DiaryEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyDiaryDocument,
    "\n  query DiaryTags($locale: String) {\n    recoveryTags(locale: $locale) {\n      id\n      kind\n      label\n    }\n  }\n": types.DiaryTagsDocument,
    "\n  query DiaryReaders {\n    mySharingGrants {\n      id\n      scope\n      active\n      granteeId\n      granteeDisplayName\n    }\n  }\n": types.DiaryReadersDocument,
    "\n  mutation WriteDiaryEntry($input: DiaryEntryInput!) {\n    writeDiaryEntry(input: $input) {\n      ...DiaryEntryFields\n    }\n  }\n": types.WriteDiaryEntryDocument,
    "\n  mutation EditDiaryEntry($id: ID!, $input: DiaryEntryInput!) {\n    editDiaryEntry(id: $id, input: $input) {\n      ...DiaryEntryFields\n    }\n  }\n": types.EditDiaryEntryDocument,
    "\n  mutation DeleteDiaryEntry($id: ID!) {\n    deleteDiaryEntry(id: $id) {\n      ok\n    }\n  }\n": types.DeleteDiaryEntryDocument,
    "\n  mutation ShareDiaryEntry($id: ID!, $granteeIds: [ID!]!) {\n    shareDiaryEntry(id: $id, granteeIds: $granteeIds) {\n      ...DiaryEntryFields\n    }\n  }\n": types.ShareDiaryEntryDocument,
    "\n  mutation UnshareDiaryEntry($id: ID!, $granteeIds: [ID!]) {\n    unshareDiaryEntry(id: $id, granteeIds: $granteeIds) {\n      ...DiaryEntryFields\n    }\n  }\n": types.UnshareDiaryEntryDocument,
    "\n  mutation ShareDiaryEntryWithEveryoneAllowed($id: ID!) {\n    shareDiaryEntryWithEveryoneAllowed(id: $id) {\n      ...DiaryEntryFields\n    }\n  }\n": types.ShareDiaryEntryWithEveryoneAllowedDocument,
    "\n  query MyDiaryEntry($id: ID!) {\n    myDiaryEntry(id: $id) {\n      ...DiaryEntryFields\n    }\n  }\n": types.MyDiaryEntryDocument,
    "\n  query Home {\n    me {\n      id\n      displayName\n      pronouns\n    }\n    myRecoveryPreferences {\n      updatedAt\n    }\n    myAllianceMemberships {\n      id\n      allianceName\n      status\n      capacity\n    }\n  }\n": types.HomeDocument,
    "\n  fragment JourneyFields on RecoveryJourney {\n    startedOn\n    totalDays\n    longestStretchDays\n    nextMilestoneDays\n    milestones {\n      days\n      reachedOn\n    }\n    setbacks {\n      id\n      occurredOn\n      note\n    }\n  }\n": types.JourneyFieldsFragmentDoc,
    "\n  query MyJourney {\n    myRecoveryJourney {\n      ...JourneyFields\n    }\n  }\n": types.MyJourneyDocument,
    "\n  mutation SetRecoveryStart($startedOn: String) {\n    setRecoveryStartDate(startedOn: $startedOn) {\n      ...JourneyFields\n    }\n  }\n": types.SetRecoveryStartDocument,
    "\n  mutation RecordSetback($input: SetbackInput!) {\n    recordSetback(input: $input) {\n      message\n      nextSteps\n      journey {\n        ...JourneyFields\n      }\n    }\n  }\n": types.RecordSetbackDocument,
    "\n  mutation DeleteSetback($setbackId: ID!) {\n    deleteSetback(setbackId: $setbackId) {\n      ...JourneyFields\n    }\n  }\n": types.DeleteSetbackDocument,
    "\n  query Mentoring {\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n    }\n    myMentorApplications {\n      ...MentorApplicationFields\n    }\n    myMentorships {\n      ...MentorshipFields\n    }\n    myMentorAvailability\n  }\n": types.MentoringDocument,
    "\n  fragment MentorApplicationFields on MentorApplication {\n    id\n    allianceId\n    status\n    coordinatorMessage\n    createdAt\n    decidedAt\n    livedExperienceSummary\n    yearsInRecovery\n    pathways\n    focusDomains\n    languages\n    gender\n    maxMentees\n    trainingCompleted\n    availability {\n      day\n      start\n      end\n    }\n  }\n": types.MentorApplicationFieldsFragmentDoc,
    "\n  mutation ApplyToMentor($allianceId: ID!, $input: MentorApplicationInput!) {\n    applyToMentor(allianceId: $allianceId, input: $input) {\n      ...MentorApplicationFields\n    }\n  }\n": types.ApplyToMentorDocument,
    "\n  mutation UpdateMentorApplication($applicationId: ID!, $input: MentorApplicationInput!) {\n    updateMentorApplication(applicationId: $applicationId, input: $input) {\n      ...MentorApplicationFields\n    }\n  }\n": types.UpdateMentorApplicationDocument,
    "\n  mutation AcceptMentorship($mentorshipId: ID!) {\n    acceptMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n": types.AcceptMentorshipDocument,
    "\n  mutation DeclineMentorship($mentorshipId: ID!) {\n    declineMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n": types.DeclineMentorshipDocument,
    "\n  mutation SetMentorAvailability($until: DateTime) {\n    setMentorAvailability(until: $until)\n  }\n": types.SetMentorAvailabilityDocument,
    "\n  mutation SetMyMentorPlaces($allianceId: ID!, $mentorId: ID!, $places: Int!) {\n    setMentorPlaces(allianceId: $allianceId, mentorId: $mentorId, places: $places) {\n      places\n      taken\n    }\n  }\n": types.SetMyMentorPlacesDocument,
    "\n  query Mentors {\n    mentorSuggestions(first: 10) {\n      mentorId\n      allianceId\n      displayName\n      reasons\n    }\n    myMentorships {\n      ...MentorshipFields\n    }\n  }\n": types.MentorsDocument,
    "\n  mutation RequestMentorship($mentorId: ID!, $intro: String) {\n    requestMentorship(mentorId: $mentorId, intro: $intro) {\n      ...MentorshipFields\n    }\n  }\n": types.RequestMentorshipDocument,
    "\n  fragment MentorshipFields on Mentorship {\n    id\n    role\n    state\n    allianceId\n    memberId\n    memberDisplayName\n    mentorId\n    mentorDisplayName\n    intro\n    requestedAt\n    expiresAt\n    startedAt\n    endedAt\n    endedByMe\n    helpRequested\n    conversationId\n  }\n": types.MentorshipFieldsFragmentDoc,
    "\n  mutation PauseMentorship($mentorshipId: ID!) {\n    pauseMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n": types.PauseMentorshipDocument,
    "\n  mutation ResumeMentorship($mentorshipId: ID!) {\n    resumeMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n": types.ResumeMentorshipDocument,
    "\n  mutation EndMentorship($mentorshipId: ID!, $reason: String) {\n    endMentorship(mentorshipId: $mentorshipId, reason: $reason) {\n      ...MentorshipFields\n    }\n  }\n": types.EndMentorshipDocument,
    "\n  mutation WithdrawMentorshipRequest($mentorshipId: ID!) {\n    withdrawMentorshipRequest(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n": types.WithdrawMentorshipRequestDocument,
    "\n  mutation AskCoordinatorForHelp($mentorshipId: ID!) {\n    askCoordinatorForHelp(mentorshipId: $mentorshipId) {\n      ok\n    }\n  }\n": types.AskCoordinatorForHelpDocument,
    "\n  mutation ReportMentor($mentorshipId: ID!, $reason: MentorReportReason!, $note: String) {\n    reportMentor(mentorshipId: $mentorshipId, reason: $reason, note: $note) {\n      ok\n    }\n  }\n": types.ReportMentorDocument,
    "\n  query MentorshipHistory($mentorshipId: ID!) {\n    mentorshipHistory(mentorshipId: $mentorshipId) {\n      at\n      kind\n      byMe\n    }\n  }\n": types.MentorshipHistoryDocument,
    "\n  query MentorAlertsConsent {\n    myCheckinPreferences {\n      mentorAlerts\n    }\n  }\n": types.MentorAlertsConsentDocument,
    "\n  mutation SetEarlyHelpMentorAlerts($enabled: Boolean!) {\n    setEarlyHelpMentorAlerts(enabled: $enabled) {\n      mentorAlerts\n    }\n  }\n": types.SetEarlyHelpMentorAlertsDocument,
    "\n  fragment MessageFields on Message {\n    id\n    conversationId\n    authorId\n    authorDisplayName\n    sentByMe\n    body\n    deleted\n    heldForReview\n    heldReason\n    createdAt\n    editedAt\n    editableUntil\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    archived\n    muted\n    unreadCount\n    lastActivityAt\n    participants {\n      personId\n      displayName\n    }\n    lastMessage {\n      ...MessageFields\n    }\n  }\n": types.ConversationFieldsFragmentDoc,
    "\n  query MyConversations($after: String) {\n    myConversations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          title\n          archived\n          muted\n          unreadCount\n          lastActivityAt\n          lastMessage {\n            id\n            sentByMe\n            body\n            deleted\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n    me {\n      id\n    }\n  }\n": types.ConversationDocument,
    "\n  query ConversationMessages($conversationId: ID!, $after: String) {\n    messages(conversationId: $conversationId, first: 30, after: $after) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConversationMessagesDocument,
    "\n  subscription MessageEvents($conversationId: ID!) {\n    messageEvents(conversationId: $conversationId) {\n      kind\n      message {\n        ...MessageFields\n      }\n    }\n  }\n": types.MessageEventsDocument,
    "\n  mutation MarkConversationRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId) {\n      id\n      unreadCount\n    }\n  }\n": types.MarkConversationReadDocument,
    "\n  mutation SendMessage($conversationId: ID!, $body: String!) {\n    sendMessage(conversationId: $conversationId, body: $body) {\n      ...MessageFields\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation EditMessage($messageId: ID!, $body: String!) {\n    editMessage(messageId: $messageId, body: $body) {\n      ...MessageFields\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($messageId: ID!) {\n    deleteMessage(messageId: $messageId) {\n      ...MessageFields\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  query LanguageCheck($text: String!) {\n    languageCheck(text: $text) {\n      matchedText\n      start\n      end\n      alternatives\n      message\n    }\n  }\n": types.LanguageCheckDocument,
    "\n  mutation ReportMessage($messageId: ID!, $reason: ReportReason!, $note: String) {\n    reportContent(contentId: $messageId, kind: MESSAGE, reason: $reason, note: $note) {\n      id\n    }\n  }\n": types.ReportMessageDocument,
    "\n  mutation MuteConversation($conversationId: ID!, $muted: Boolean!) {\n    muteConversation(conversationId: $conversationId, muted: $muted) {\n      id\n      muted\n    }\n  }\n": types.MuteConversationDocument,
    "\n  query MyBlockedPeople {\n    myBlockedPeople {\n      personId\n      displayName\n      blockedAt\n    }\n  }\n": types.MyBlockedPeopleDocument,
    "\n  mutation BlockPerson($userId: ID!) {\n    blockPerson(userId: $userId) {\n      ok\n    }\n  }\n": types.BlockPersonDocument,
    "\n  mutation UnblockPerson($userId: ID!) {\n    unblockPerson(userId: $userId) {\n      ok\n    }\n  }\n": types.UnblockPersonDocument,
    "\n  mutation StartDirectConversation($withUserId: ID!) {\n    startDirectConversation(withUserId: $withUserId) {\n      id\n    }\n  }\n": types.StartDirectConversationDocument,
    "\n  mutation LeaveConversation($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId) {\n      ok\n    }\n  }\n": types.LeaveConversationDocument,
    "\n  mutation ReportPerson($personId: ID!, $reason: ReportReason!, $note: String) {\n    reportPerson(personId: $personId, reason: $reason, note: $note) {\n      id\n    }\n  }\n": types.ReportPersonDocument,
    "\n  fragment ModerationCaseFields on ModerationCase {\n    id\n    subjectKind\n    personDisplayName\n    severity\n    categories\n    status\n    reportCount\n    openedAt\n    escalatedAt\n  }\n": types.ModerationCaseFieldsFragmentDoc,
    "\n  fragment ModerationDecisionFields on ModerationDecision {\n    id\n    action\n    subjectKind\n    reason\n    reversesId\n    suspendedUntil\n    createdAt\n  }\n": types.ModerationDecisionFieldsFragmentDoc,
    "\n  query ModerationQueue($status: ModerationCaseStatus!, $severity: ModerationSeverity, $category: String, $minAgeHours: Int, $after: String) {\n    moderationQueue(first: 20, status: $status, severity: $severity, category: $category, minAgeHours: $minAgeHours, after: $after) {\n      edges {\n        node {\n          ...ModerationCaseFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query ModerationCase($id: ID!) {\n    moderationCase(id: $id) {\n      case {\n        ...ModerationCaseFields\n        personId\n        findings {\n          category\n          count\n        }\n      }\n      contentText\n      contentVisibility\n      context {\n        id\n        authorId\n        authorDisplayName\n        text\n        createdAt\n        visibility\n        isSubject\n      }\n      reports {\n        reason\n        note\n        createdAt\n      }\n      decisions {\n        ...ModerationDecisionFields\n      }\n      personHistory {\n        ...ModerationDecisionFields\n      }\n    }\n  }\n": types.ModerationCaseDocument,
    "\n  mutation DecideModerationCase($caseId: ID!, $decision: ModerationDecisionInput!) {\n    decideModerationCase(caseId: $caseId, decision: $decision) {\n      ...ModerationDecisionFields\n    }\n  }\n": types.DecideModerationCaseDocument,
    "\n  mutation ReverseModerationDecision($decisionId: ID!, $reason: String!) {\n    reverseModerationDecision(decisionId: $decisionId, reason: $reason) {\n      ...ModerationDecisionFields\n    }\n  }\n": types.ReverseModerationDecisionDocument,
    "\n  mutation ModerateContent($kind: ModerationSubjectKind!, $contentId: ID!, $decision: ModerationDecisionInput!) {\n    moderateContent(kind: $kind, contentId: $contentId, decision: $decision) {\n      ...ModerationDecisionFields\n    }\n  }\n": types.ModerateContentDocument,
    "\n  mutation ModeratePerson($personId: ID!, $decision: ModerationDecisionInput!) {\n    moderatePerson(personId: $personId, decision: $decision) {\n      ...ModerationDecisionFields\n    }\n  }\n": types.ModeratePersonDocument,
    "\n  query ModerationAppeals {\n    moderationAppeals {\n      id\n      statement\n      status\n      createdAt\n      decision {\n        ...ModerationDecisionFields\n        subjectKind\n      }\n    }\n  }\n": types.ModerationAppealsDocument,
    "\n  mutation DecideModerationAppeal($appealId: ID!, $overturn: Boolean!, $note: String!) {\n    decideModerationAppeal(appealId: $appealId, overturn: $overturn, note: $note) {\n      id\n      status\n    }\n  }\n": types.DecideModerationAppealDocument,
    "\n  query StoriesForReview {\n    storiesForReview {\n      id\n      title\n      body\n      authorDisplayName\n      createdAt\n      heldForReview\n    }\n  }\n": types.StoriesForReviewDocument,
    "\n  mutation ReviewStory($storyId: ID!, $approve: Boolean!, $note: String) {\n    reviewStory(storyId: $storyId, approve: $approve, note: $note) {\n      id\n      status\n    }\n  }\n": types.ReviewStoryDocument,
    "\n  query MyModeration {\n    myAccountStanding {\n      mayPost\n      banned\n      suspendedUntil\n    }\n    myModerationDecisions {\n      id\n      action\n      reason\n      subjectKind\n      createdAt\n      suspendedUntil\n      appealable\n      appealDeadline\n      appealStatus\n      reversed\n    }\n    myModerationReports {\n      id\n      reason\n      createdAt\n      outcome\n      outcomeAt\n    }\n  }\n": types.MyModerationDocument,
    "\n  mutation AppealModerationDecision($decisionId: ID!, $statement: String!) {\n    appealModerationDecision(decisionId: $decisionId, statement: $statement) {\n      id\n      status\n    }\n  }\n": types.AppealModerationDecisionDocument,
    "\n  query MyTrust {\n    myTrust {\n      current {\n        level\n        mayPostLinks\n        mayMessageBeyondConnections\n      }\n      nextLevelAt\n    }\n    trustLevels {\n      level\n      fromAccountAgeDays\n      mayPostLinks\n      mayMessageBeyondConnections\n    }\n  }\n": types.MyTrustDocument,
    "\n  query Notifications {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          subjectId\n          text\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationArrived {\n    myNotifications {\n      id\n    }\n  }\n": types.NotificationArrivedDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query NotificationSettings {\n    myNotificationPreferences {\n      kind\n      inApp\n      email\n      push\n      mayBreakQuietHours\n      breakQuietHours\n    }\n    myWebPushSettings {\n      applicationServerKey\n      deviceCount\n    }\n    myQuietHours {\n      start\n      end\n      timeZone\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!, $push: Boolean, $breakQuietHours: Boolean) {\n    updateNotificationPreference(kind: $kind, inApp: $inApp, email: $email, push: $push, breakQuietHours: $breakQuietHours) {\n      kind\n      inApp\n      email\n      push\n      mayBreakQuietHours\n      breakQuietHours\n    }\n  }\n": types.UpdateNotificationPreferenceDocument,
    "\n  mutation SetQuietHours($start: String!, $end: String!) {\n    setQuietHours(start: $start, end: $end) {\n      start\n      end\n      timeZone\n    }\n  }\n": types.SetQuietHoursDocument,
    "\n  mutation ClearQuietHours {\n    clearQuietHours {\n      ok\n    }\n  }\n": types.ClearQuietHoursDocument,
    "\n  mutation SubscribeToPush($subscription: PushSubscriptionInput!) {\n    subscribeToPush(subscription: $subscription) {\n      applicationServerKey\n      deviceCount\n    }\n  }\n": types.SubscribeToPushDocument,
    "\n  mutation UnsubscribeFromPush($endpoint: String!) {\n    unsubscribeFromPush(endpoint: $endpoint) {\n      applicationServerKey\n      deviceCount\n    }\n  }\n": types.UnsubscribeFromPushDocument,
    "\n  query MyOnCallRotas {\n    myOnCallRotas {\n      allianceId\n      allianceName\n      timeZone\n      shifts {\n        id\n        peerId\n        peerDisplayName\n        weekday\n        startsAt\n        endsAt\n      }\n      vettedPeers {\n        userId\n        displayName\n      }\n    }\n  }\n": types.MyOnCallRotasDocument,
    "\n  mutation SetOnCallTimeZone($allianceId: ID!, $timeZone: String!) {\n    setOnCallTimeZone(allianceId: $allianceId, timeZone: $timeZone) {\n      allianceId\n      timeZone\n    }\n  }\n": types.SetOnCallTimeZoneDocument,
    "\n  mutation AddOnCallShift($allianceId: ID!, $peerId: ID!, $weekday: Int!, $startsAt: String!, $endsAt: String!) {\n    addOnCallShift(allianceId: $allianceId, peerId: $peerId, weekday: $weekday, startsAt: $startsAt, endsAt: $endsAt) {\n      allianceId\n    }\n  }\n": types.AddOnCallShiftDocument,
    "\n  mutation RemoveOnCallShift($shiftId: ID!) {\n    removeOnCallShift(shiftId: $shiftId) {\n      allianceId\n    }\n  }\n": types.RemoveOnCallShiftDocument,
    "\n  query Onboarding {\n    me {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n    }\n    myRecoveryPreferences {\n      pathways\n      languages\n      preferredMentorGender\n      availability {\n        day\n        start\n        end\n      }\n    }\n  }\n": types.OnboardingDocument,
    "\n  mutation SaveIntro($intro: String) {\n    updateProfileIntro(intro: $intro) {\n      profile {\n        id\n        intro\n      }\n      languageSuggestions {\n        matchedText\n        alternatives\n        message\n      }\n    }\n  }\n": types.SaveIntroDocument,
    "\n  mutation SaveRecoveryPreferences($input: RecoveryPreferencesInput!) {\n    updateRecoveryPreferences(input: $input) {\n      pathways\n      languages\n      preferredMentorGender\n      availability {\n        day\n        start\n        end\n      }\n      updatedAt\n    }\n  }\n": types.SaveRecoveryPreferencesDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n    }\n  }\n": types.RequestDataExportDocument,
    "\n  query DataExportStatus($id: ID!) {\n    myDataExport(id: $id) {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n    }\n  }\n": types.DataExportStatusDocument,
    "\n  query DataExportContent($id: ID!) {\n    myDataExport(id: $id) {\n      id\n      status\n      content\n    }\n  }\n": types.DataExportContentDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password) {\n      message\n    }\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query MyProfile {\n    me {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n    }\n  }\n": types.MyProfileDocument,
    "\n  query MyIntro($userId: ID!) {\n    personProfile(userId: $userId) {\n      id\n      intro\n      introHeldForReview\n      introHeldReason\n    }\n  }\n": types.MyIntroDocument,
    "\n  mutation UpdateMyIntro($intro: String) {\n    updateProfileIntro(intro: $intro) {\n      profile {\n        id\n        intro\n        introHeldForReview\n        introHeldReason\n      }\n      languageSuggestions {\n        matchedText\n        message\n      }\n    }\n  }\n": types.UpdateMyIntroDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ok\n      message\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query PublicStories {\n    publicStories(first: 3) {\n      edges {\n        node {\n          id\n          title\n          body\n          authorDisplayName\n          publishedAt\n        }\n      }\n    }\n  }\n": types.PublicStoriesDocument,
    "\n  query RecoveryCapital {\n    barc10Statements {\n      version\n      minimumTotal\n      maximumTotal\n      statements {\n        number\n        text\n        translations {\n          locale\n          official\n          text\n        }\n      }\n      scale {\n        value\n        label\n        translations {\n          locale\n          official\n          text\n        }\n      }\n      referencePoint {\n        total\n        explanation\n        translations {\n          locale\n          official\n          text\n        }\n      }\n    }\n    myRecoveryCapital {\n      barc10History(first: 12) {\n        edges {\n          node {\n            id\n            total\n            takenAt\n            changeSincePrevious\n          }\n        }\n      }\n    }\n  }\n": types.RecoveryCapitalDocument,
    "\n  mutation RecordBarc10($answers: [Int!]!) {\n    recordBarc10(answers: $answers) {\n      id\n      total\n      takenAt\n      changeSincePrevious\n    }\n  }\n": types.RecordBarc10Document,
    "\n  mutation RecordDomainRatings($input: RecordDomainRatingsInput!) {\n    recordDomainRatings(input: $input) {\n      id\n      takenAt\n    }\n  }\n": types.RecordDomainRatingsDocument,
    "\n  query DomainRatings {\n    recoveryCapitalGuide {\n      domains {\n        domain\n        number\n        dimensions\n      }\n      dimensions {\n        dimension\n        domains\n      }\n      scale {\n        minimum\n        maximum\n        noteMaxLength\n        anchors {\n          value\n          label\n        }\n      }\n    }\n    myRecoveryCapital {\n      latestDomainRatings {\n        ...DomainSnapshot\n      }\n      domainRatingsHistory(first: 20) {\n        edges {\n          node {\n            id\n            takenAt\n            scores {\n              domain\n              score\n            }\n            dimensions {\n              dimension\n              score\n            }\n          }\n        }\n      }\n    }\n    mySharingGrants {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n\n  fragment DomainSnapshot on DomainRatingSnapshot {\n    id\n    takenAt\n    scores {\n      domain\n      score\n      note\n    }\n    dimensions {\n      dimension\n      score\n    }\n    strengths\n    needs\n  }\n": types.DomainRatingsDocument,
    "\n  query CapitalChoices {\n    myCheckinPreferences {\n      reassessEveryDays\n    }\n    mySelfDescriptionNudges\n  }\n": types.CapitalChoicesDocument,
    "\n  mutation SetReassessmentInterval($days: Int!) {\n    setReassessmentInterval(days: $days) {\n      reassessEveryDays\n    }\n  }\n": types.SetReassessmentIntervalDocument,
    "\n  mutation SetSelfDescriptionNudges($enabled: Boolean!) {\n    setSelfDescriptionNudges(enabled: $enabled) {\n      ok\n    }\n  }\n": types.SetSelfDescriptionNudgesDocument,
    "\n  query MyRecoveryPlan {\n    myRecoveryPlan {\n      goals {\n        ...PlanGoal\n      }\n      progress {\n        domain\n        stepsDone\n        stepsTotal\n      }\n      suggestions {\n        id\n        kind\n        state\n        domain\n        goalId\n        goalTitle\n        title\n        why\n        dueOn\n        suggestedByDisplayName\n        note\n        createdAt\n      }\n    }\n    mySharingGrants {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n\n  fragment PlanGoal on RecoveryGoal {\n    id\n    domain\n    title\n    why\n    dueOn\n    status\n    suggested\n    suggestedByDisplayName\n    stepsDone\n    steps {\n      id\n      title\n      dueOn\n      done\n      position\n      suggested\n      suggestedByDisplayName\n    }\n  }\n": types.MyRecoveryPlanDocument,
    "\n  mutation CreateRecoveryGoal($input: RecoveryGoalInput!) {\n    createRecoveryGoal(input: $input) {\n      ...PlanGoal\n    }\n  }\n": types.CreateRecoveryGoalDocument,
    "\n  mutation UpdateRecoveryGoal($goalId: ID!, $input: RecoveryGoalInput!) {\n    updateRecoveryGoal(goalId: $goalId, input: $input) {\n      ...PlanGoal\n    }\n  }\n": types.UpdateRecoveryGoalDocument,
    "\n  mutation SetRecoveryGoalStatus($goalId: ID!, $status: RecoveryGoalStatus!) {\n    setRecoveryGoalStatus(goalId: $goalId, status: $status) {\n      ...PlanGoal\n    }\n  }\n": types.SetRecoveryGoalStatusDocument,
    "\n  mutation DeleteRecoveryGoal($goalId: ID!) {\n    deleteRecoveryGoal(goalId: $goalId) {\n      ok\n    }\n  }\n": types.DeleteRecoveryGoalDocument,
    "\n  mutation AddRecoveryStep($goalId: ID!, $input: RecoveryStepInput!) {\n    addRecoveryStep(goalId: $goalId, input: $input) {\n      ...PlanGoal\n    }\n  }\n": types.AddRecoveryStepDocument,
    "\n  mutation UpdateRecoveryStep($stepId: ID!, $input: RecoveryStepInput!) {\n    updateRecoveryStep(stepId: $stepId, input: $input) {\n      ...PlanGoal\n    }\n  }\n": types.UpdateRecoveryStepDocument,
    "\n  mutation SetRecoveryStepDone($stepId: ID!, $done: Boolean!) {\n    setRecoveryStepDone(stepId: $stepId, done: $done) {\n      ...PlanGoal\n    }\n  }\n": types.SetRecoveryStepDoneDocument,
    "\n  mutation ReorderRecoverySteps($goalId: ID!, $stepIds: [ID!]!) {\n    reorderRecoverySteps(goalId: $goalId, stepIds: $stepIds) {\n      ...PlanGoal\n    }\n  }\n": types.ReorderRecoveryStepsDocument,
    "\n  mutation DeleteRecoveryStep($stepId: ID!) {\n    deleteRecoveryStep(stepId: $stepId) {\n      ...PlanGoal\n    }\n  }\n": types.DeleteRecoveryStepDocument,
    "\n  mutation AcceptPlanSuggestion($suggestionId: ID!) {\n    acceptPlanSuggestion(suggestionId: $suggestionId) {\n      id\n      state\n    }\n  }\n": types.AcceptPlanSuggestionDocument,
    "\n  mutation DeclinePlanSuggestion($suggestionId: ID!, $note: String) {\n    declinePlanSuggestion(suggestionId: $suggestionId, note: $note) {\n      id\n      state\n      note\n    }\n  }\n": types.DeclinePlanSuggestionDocument,
    "\n  query MyCircle {\n    mySupportCircle {\n      id\n      name\n      members {\n        userId\n        displayName\n        relationship\n        joinedAt\n      }\n    }\n    myCircleInvitations {\n      id\n      email\n      inviteeId\n      relationship\n      state\n      createdAt\n      expiresAt\n    }\n    mySharingGrants {\n      id\n      scope\n      granteeId\n      granteeDisplayName\n      purpose\n      ends\n      expiresAt\n      grantedAt\n      active\n    }\n  }\n": types.MyCircleDocument,
    "\n  query PeopleITalkWith {\n    myConversations(first: 50) {\n      edges {\n        node {\n          id\n          participants {\n            personId\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.PeopleITalkWithDocument,
    "\n  query MyDisclosureLog($after: String) {\n    myDisclosureLog(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          viewerDisplayName\n          what\n          scope\n          accessedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyDisclosureLogDocument,
    "\n  mutation RenameCircle($name: String!) {\n    renameSupportCircle(name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameCircleDocument,
    "\n  mutation InviteToCircleByEmail($email: String!, $relationship: CircleRelationship!) {\n    inviteToCircleByEmail(email: $email, relationship: $relationship) {\n      id\n      state\n    }\n  }\n": types.InviteToCircleByEmailDocument,
    "\n  mutation InviteToCircleOnKindred($userId: ID!, $relationship: CircleRelationship!) {\n    inviteToCircle(userId: $userId, relationship: $relationship) {\n      id\n      state\n    }\n  }\n": types.InviteToCircleOnKindredDocument,
    "\n  mutation WithdrawCircleInvitation($invitationId: ID!) {\n    revokeCircleInvitation(invitationId: $invitationId) {\n      id\n      state\n    }\n  }\n": types.WithdrawCircleInvitationDocument,
    "\n  mutation RemoveFromCircle($userId: ID!) {\n    removeFromCircle(userId: $userId) {\n      id\n      members {\n        userId\n      }\n    }\n  }\n": types.RemoveFromCircleDocument,
    "\n  mutation GrantSharing($input: GrantSharingInput!) {\n    grantSharing(input: $input) {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n": types.GrantSharingDocument,
    "\n  mutation RevokeSharing($grantId: ID!) {\n    revokeSharing(grantId: $grantId) {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n": types.RevokeSharingDocument,
    "\n  query SharedWithMe {\n    sharedWithMe {\n      id\n      ownerId\n      ownerDisplayName\n      scope\n      purpose\n      ends\n      expiresAt\n      grantedAt\n    }\n    circlesISupport {\n      id\n      name\n      ownerId\n      ownerDisplayName\n      myRelationship\n    }\n    circleInvitationsForMe {\n      id\n    }\n    sharingEndedWithMe {\n      id\n      ownerId\n      ownerDisplayName\n      scope\n      revokedAt\n      expiresAt\n    }\n  }\n": types.SharedWithMeDocument,
    "\n  query SharedCheckins($ownerId: ID!) {\n    sharedCheckins(ownerId: $ownerId) {\n      ownerId\n      days\n      averageMood\n      averageCravings\n      checkins {\n        checkedInAt\n        mood\n        cravings\n      }\n      redisclosureNotice\n    }\n  }\n": types.SharedCheckinsDocument,
    "\n  query SharedMilestones($ownerId: ID!) {\n    sharedMilestones(ownerId: $ownerId) {\n      ownerId\n      totalDays\n      milestones {\n        days\n        reachedOn\n      }\n      redisclosureNotice\n    }\n  }\n": types.SharedMilestonesDocument,
    "\n  query SharedPlan($ownerId: ID!) {\n    sharedRecoveryPlan(ownerId: $ownerId) {\n      ownerId\n      redisclosureNotice\n      goals(status: ACTIVE) {\n        id\n        title\n        domain\n        stepsDone\n        steps {\n          id\n          title\n          done\n        }\n      }\n      suggestions {\n        id\n        title\n        goalTitle\n        state\n        createdAt\n      }\n    }\n  }\n": types.SharedPlanDocument,
    "\n  query SharedCapital($ownerId: ID!) {\n    sharedRecoveryCapital(ownerId: $ownerId) {\n      redisclosureNotice\n      latestDomainRatings {\n        id\n        takenAt\n        scores {\n          domain\n          score\n        }\n      }\n    }\n  }\n": types.SharedCapitalDocument,
    "\n  query DiaryEntriesSharedWithMe($ownerId: ID!) {\n    diaryEntriesSharedWithMe(ownerId: $ownerId, first: 20) {\n      edges {\n        node {\n          id\n          entryDate\n          sharedAt\n        }\n      }\n    }\n  }\n": types.DiaryEntriesSharedWithMeDocument,
    "\n  query SharedDiaryEntry($id: ID!) {\n    sharedDiaryEntry(id: $id) {\n      id\n      entryDate\n      body\n      mood\n      redisclosureNotice\n    }\n  }\n": types.SharedDiaryEntryDocument,
    "\n  mutation SuggestRecoveryStep($goalId: ID!, $input: RecoveryStepInput!, $why: String) {\n    suggestRecoveryStep(goalId: $goalId, input: $input, why: $why) {\n      id\n      title\n      goalTitle\n      state\n      createdAt\n    }\n  }\n": types.SuggestRecoveryStepDocument,
    "\n  subscription SharedCapitalUpdates($ownerId: ID!) {\n    sharedRecoveryCapitalUpdates(ownerId: $ownerId) {\n      redisclosureNotice\n      latestDomainRatings {\n        id\n        takenAt\n        scores {\n          domain\n          score\n        }\n      }\n    }\n  }\n": types.SharedCapitalUpdatesDocument,
    "\n  mutation SuggestRecoveryGoal($ownerId: ID!, $input: RecoveryGoalInput!) {\n    suggestRecoveryGoal(ownerId: $ownerId, input: $input) {\n      id\n      title\n      goalTitle\n      state\n      createdAt\n    }\n  }\n": types.SuggestRecoveryGoalDocument,
    "\n  mutation WithdrawPlanSuggestion($suggestionId: ID!) {\n    withdrawPlanSuggestion(suggestionId: $suggestionId) {\n      id\n      state\n      answeredAt\n    }\n  }\n": types.WithdrawPlanSuggestionDocument,
    "\n  mutation LeaveSupportCircle($circleId: ID!) {\n    leaveSupportCircle(circleId: $circleId) {\n      ok\n    }\n  }\n": types.LeaveSupportCircleDocument,
    "\n  fragment SparkApplicationFields on SparkApplication {\n    id\n    fundId\n    allianceId\n    applicantDisplayName\n    mine\n    amount\n    currency\n    category\n    nextStep\n    neededBy\n    status\n    infoRequest\n    declineReason\n    approvalsGiven\n    approvalsRequired\n    approvedByMe\n    createdAt\n    submittedAt\n    decidedAt\n    disbursedAt\n    receivedAt\n    followUpOutcome\n    followUpNote\n  }\n": types.SparkApplicationFieldsFragmentDoc,
    "\n  fragment SparkFundFields on SparkFund {\n    id\n    allianceId\n    name\n    currency\n    status\n    acceptingApplications\n    perGrantCap\n    perPersonCap\n    dualApprovalThreshold\n    separatePaymentFromApproval\n    periodStart\n    periodEnd\n  }\n": types.SparkFundFieldsFragmentDoc,
    "\n  query MySparks {\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n    }\n    mySparkApplications(first: 15) {\n      edges {\n        node {\n          ...SparkApplicationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MySparksDocument,
    "\n  query SparkFundsForMember($allianceId: ID!) {\n    sparkFunds(allianceId: $allianceId) {\n      ...SparkFundFields\n    }\n  }\n": types.SparkFundsForMemberDocument,
    "\n  mutation DraftSparkApplication($fundId: ID!, $input: SparkApplicationInput!) {\n    draftSparkApplication(fundId: $fundId, input: $input) {\n      ...SparkApplicationFields\n    }\n  }\n": types.DraftSparkApplicationDocument,
    "\n  mutation UpdateSparkApplication($applicationId: ID!, $input: SparkApplicationInput!) {\n    updateSparkApplication(applicationId: $applicationId, input: $input) {\n      ...SparkApplicationFields\n    }\n  }\n": types.UpdateSparkApplicationDocument,
    "\n  mutation SubmitSparkApplication($applicationId: ID!) {\n    submitSparkApplication(applicationId: $applicationId) {\n      ...SparkApplicationFields\n    }\n  }\n": types.SubmitSparkApplicationDocument,
    "\n  mutation CancelSparkApplication($applicationId: ID!, $idempotencyKey: String!) {\n    cancelSparkApplication(applicationId: $applicationId, idempotencyKey: $idempotencyKey) {\n      ...SparkApplicationFields\n    }\n  }\n": types.CancelSparkApplicationDocument,
    "\n  mutation ConfirmSparkReceipt($applicationId: ID!) {\n    confirmSparkReceipt(applicationId: $applicationId) {\n      ...SparkApplicationFields\n    }\n  }\n": types.ConfirmSparkReceiptDocument,
    "\n  mutation ShareSparkFollowUp($applicationId: ID!, $outcome: SparkFollowUpOutcome!, $note: String) {\n    shareSparkFollowUp(applicationId: $applicationId, outcome: $outcome, note: $note) {\n      ...SparkApplicationFields\n    }\n  }\n": types.ShareSparkFollowUpDocument,
    "\n  query SparkQueue($allianceId: ID!, $status: SparkApplicationStatus, $after: String) {\n    sparkApplications(allianceId: $allianceId, status: $status, first: 15, after: $after) {\n      edges {\n        node {\n          ...SparkApplicationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    sparkFunds(allianceId: $allianceId) {\n      ...SparkFundFields\n    }\n  }\n": types.SparkQueueDocument,
    "\n  query SparkApplicationTimeline($applicationId: ID!) {\n    sparkApplicationTimeline(applicationId: $applicationId) {\n      step\n      at\n      byMe\n      actorDisplayName\n    }\n  }\n": types.SparkApplicationTimelineDocument,
    "\n  query SparkPaymentDetails($applicationId: ID!) {\n    sparkPaymentDetails(applicationId: $applicationId) {\n      method\n      reference\n      recordedAt\n      recordedByMe\n    }\n  }\n": types.SparkPaymentDetailsDocument,
    "\n  mutation ApproveSparkApplication($applicationId: ID!, $idempotencyKey: String!) {\n    approveSparkApplication(applicationId: $applicationId, idempotencyKey: $idempotencyKey) {\n      ...SparkApplicationFields\n    }\n  }\n": types.ApproveSparkApplicationDocument,
    "\n  mutation DeclineSparkApplication($applicationId: ID!, $reason: String!) {\n    declineSparkApplication(applicationId: $applicationId, reason: $reason) {\n      ...SparkApplicationFields\n    }\n  }\n": types.DeclineSparkApplicationDocument,
    "\n  mutation AskForSparkInformation($applicationId: ID!, $question: String!) {\n    askForSparkInformation(applicationId: $applicationId, question: $question) {\n      ...SparkApplicationFields\n    }\n  }\n": types.AskForSparkInformationDocument,
    "\n  mutation RecordSparkPayment($applicationId: ID!, $idempotencyKey: String!, $input: RecordSparkPaymentInput!) {\n    recordSparkPayment(applicationId: $applicationId, idempotencyKey: $idempotencyKey, input: $input) {\n      ...SparkApplicationFields\n    }\n  }\n": types.RecordSparkPaymentDocument,
    "\n  query CoordinatorSparkFunds($allianceId: ID!) {\n    sparkFunds(allianceId: $allianceId) {\n      ...SparkFundFields\n      openedAt\n      closedAt\n      balance {\n        budget\n        reserved\n        disbursed\n        available\n        currency\n      }\n    }\n  }\n": types.CoordinatorSparkFundsDocument,
    "\n  query SparkFundLedger($fundId: ID!) {\n    sparkFundLedger(fundId: $fundId, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          amount\n          currency\n          at\n        }\n      }\n    }\n  }\n": types.SparkFundLedgerDocument,
    "\n  mutation OpenSparkFund($allianceId: ID!, $input: OpenSparkFundInput!) {\n    openSparkFund(allianceId: $allianceId, input: $input) {\n      id\n    }\n  }\n": types.OpenSparkFundDocument,
    "\n  mutation AddSparkFundBudget($fundId: ID!, $amount: Int!, $idempotencyKey: String!) {\n    addSparkFundBudget(fundId: $fundId, amount: $amount, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n": types.AddSparkFundBudgetDocument,
    "\n  mutation CloseSparkFund($fundId: ID!) {\n    closeSparkFund(fundId: $fundId) {\n      id\n      status\n    }\n  }\n": types.CloseSparkFundDocument,
    "\n  query SparkReport($allianceId: ID!, $from: String!, $to: String!) {\n    sparkReport(allianceId: $allianceId, from: $from, to: $to) {\n      currency\n      amountLeft\n      totals {\n        applications\n        approved\n        declined\n        cancelled\n        approvedAmount\n        disbursedAmount\n        approvalRate\n        medianDaysToDecision\n        followUps {\n          outcome\n          count\n        }\n      }\n      byCategory {\n        category\n        applications\n        approved\n        approvedAmount\n        disbursedAmount\n      }\n    }\n  }\n": types.SparkReportDocument,
    "\n  query SparkReportCsv($allianceId: ID!, $from: String!, $to: String!) {\n    sparkReportCsv(allianceId: $allianceId, from: $from, to: $to)\n  }\n": types.SparkReportCsvDocument,
    "\n  query StoriesPage($first: Int!) {\n    me {\n      id\n      displayName\n    }\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      status\n    }\n    myStories {\n      id\n      title\n      body\n      status\n      allianceId\n      isPublic\n      showNamePublicly\n      heldForReview\n      heldReason\n      reviewNote\n      publishedAt\n      createdAt\n      encouragements {\n        kind\n        count\n      }\n    }\n    stories(first: $first) {\n      edges {\n        node {\n          id\n          title\n          body\n          authorId\n          authorDisplayName\n          publishedAt\n          encouragements {\n            kind\n            count\n          }\n          myEncouragements\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.StoriesPageDocument,
    "\n  mutation WriteStory($input: StoryInput!) {\n    writeStory(input: $input) {\n      story {\n        id\n        status\n      }\n      languageSuggestions {\n        matchedText\n        message\n      }\n    }\n  }\n": types.WriteStoryDocument,
    "\n  mutation EditStory($storyId: ID!, $input: StoryInput!) {\n    editStory(storyId: $storyId, input: $input) {\n      story {\n        id\n        title\n        body\n        status\n        publishedAt\n        reviewNote\n        heldForReview\n        heldReason\n      }\n      languageSuggestions {\n        matchedText\n        message\n      }\n    }\n  }\n": types.EditStoryDocument,
    "\n  mutation WithdrawStory($storyId: ID!) {\n    withdrawStory(storyId: $storyId) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.WithdrawStoryDocument,
    "\n  mutation EncourageStory($storyId: ID!, $kind: EncouragementKind!, $on: Boolean!) {\n    encourageStory(storyId: $storyId, kind: $kind, on: $on) {\n      id\n      encouragements {\n        kind\n        count\n      }\n      myEncouragements\n    }\n  }\n": types.EncourageStoryDocument,
    "\n  mutation RequestSupportNow {\n    requestSupportNow {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n": types.RequestSupportNowDocument,
    "\n  query SupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n": types.SupportRequestDocument,
    "\n  subscription SupportRequestChanged($id: ID!) {\n    supportRequestChanged(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n": types.SupportRequestChangedDocument,
    "\n  mutation AnswerSupportRequest($id: ID!) {\n    answerSupportRequest(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n": types.AnswerSupportRequestDocument,
    "\n  mutation CloseSupportRequest($id: ID!) {\n    closeSupportRequest(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n": types.CloseSupportRequestDocument,
    "\n  query SupportNowSetup {\n    mySupportNowSetup {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n": types.SupportNowSetupDocument,
    "\n  mutation ChooseSupportResponder($userId: ID!) {\n    chooseSupportResponder(userId: $userId) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n": types.ChooseSupportResponderDocument,
    "\n  mutation RemoveSupportResponder($userId: ID!) {\n    removeSupportResponder(userId: $userId) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n": types.RemoveSupportResponderDocument,
    "\n  mutation SetSupportNowReachOnCall($reachOnCall: Boolean!) {\n    setSupportNowReachOnCall(reachOnCall: $reachOnCall) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n": types.SetSupportNowReachOnCallDocument,
    "\n  mutation AnswerSupportResponderAsk($memberId: ID!, $consent: Boolean!, $throughQuietHours: Boolean!) {\n    answerSupportResponderAsk(memberId: $memberId, consent: $consent, throughQuietHours: $throughQuietHours) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n": types.AnswerSupportResponderAskDocument,
    "\n  query SupportRequestsForMe {\n    supportRequestsForMe {\n      id\n      memberDisplayName\n      answers {\n        userId\n      }\n    }\n  }\n": types.SupportRequestsForMeDocument,
    "\n  subscription SupportNoticeArrived {\n    myNotifications {\n      id\n      kind\n    }\n  }\n": types.SupportNoticeArrivedDocument,
    "\n  query TestViewerName {\n    me {\n      id\n      displayName\n    }\n  }\n": types.TestViewerNameDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ok\n    }\n  }\n": types.LogoutEverywhereDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n      emailVerified\n      roles\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ok\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ok\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAlliances($name: String, $after: String) {\n    alliances(first: 20, name: $name, after: $after) {\n      edges {\n        node {\n          id\n          name\n          city\n          region\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAlliances($name: String, $after: String) {\n    alliances(first: 20, name: $name, after: $after) {\n      edges {\n        node {\n          id\n          name\n          city\n          region\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAlliance($input: AllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAlliance($input: AllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAlliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      description\n      city\n      region\n      postcodePrefixes\n      languages\n      currency\n      crisisResources {\n        name\n        phone\n        hours\n        languages\n      }\n      partnerOrganisations {\n        name\n        kind\n        description\n        url\n      }\n    }\n    allianceCoordinators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n    allianceModerators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n  }\n"): (typeof documents)["\n  query AdminAlliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      description\n      city\n      region\n      postcodePrefixes\n      languages\n      currency\n      crisisResources {\n        name\n        phone\n        hours\n        languages\n      }\n      partnerOrganisations {\n        name\n        kind\n        description\n        url\n      }\n    }\n    allianceCoordinators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n    allianceModerators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointCoordinator($allianceId: ID!, $userId: ID!) {\n    appointCoordinator(allianceId: $allianceId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AppointCoordinator($allianceId: ID!, $userId: ID!) {\n    appointCoordinator(allianceId: $allianceId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCoordinator($allianceId: ID!, $userId: ID!) {\n    removeCoordinator(allianceId: $allianceId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCoordinator($allianceId: ID!, $userId: ID!) {\n    removeCoordinator(allianceId: $allianceId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonByEmail($email: String!) {\n    personByEmail(email: $email) {\n      id\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query PersonByEmail($email: String!) {\n    personByEmail(email: $email) {\n      id\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($userId: ID!, $role: PlatformRole!) {\n    grantRole(userId: $userId, role: $role) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($userId: ID!, $role: PlatformRole!) {\n    grantRole(userId: $userId, role: $role) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($userId: ID!, $role: PlatformRole!) {\n    revokeRole(userId: $userId, role: $role) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($userId: ID!, $role: PlatformRole!) {\n    revokeRole(userId: $userId, role: $role) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($action: String, $actorId: ID, $subjectId: ID, $after: String) {\n    auditEvents(first: 30, action: $action, actorId: $actorId, subjectId: $subjectId, after: $after) {\n      edges {\n        node {\n          id\n          action\n          actorDisplayName\n          subjectDisplayName\n          occurredAt\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($action: String, $actorId: ID, $subjectId: ID, $after: String) {\n    auditEvents(first: 30, action: $action, actorId: $actorId, subjectId: $subjectId, after: $after) {\n      edges {\n        node {\n          id\n          action\n          actorDisplayName\n          subjectDisplayName\n          occurredAt\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSystemCheck {\n    requestSystemCheck {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSystemCheck {\n    requestSystemCheck {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemCheck($id: ID!) {\n    systemCheck(id: $id) {\n      id\n      status\n      roundTripMs\n    }\n  }\n"): (typeof documents)["\n  query SystemCheck($id: ID!) {\n    systemCheck(id: $id) {\n      id\n      status\n      roundTripMs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenQueueDashboard {\n    openQueueDashboard {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation OpenQueueDashboard {\n    openQueueDashboard {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindAlliances($postcode: String, $city: String) {\n    alliances(postcode: $postcode, city: $city, first: 10) {\n      edges {\n        node {\n          id\n          name\n          city\n          region\n          description\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindAlliances($postcode: String, $city: String) {\n    alliances(postcode: $postcode, city: $city, first: 10) {\n      edges {\n        node {\n          id\n          name\n          city\n          region\n          description\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskToJoinAlliance($allianceId: ID!, $capacity: AllianceCapacity!) {\n    requestToJoinAlliance(allianceId: $allianceId, capacity: $capacity) {\n      id\n      allianceName\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AskToJoinAlliance($allianceId: ID!, $capacity: AllianceCapacity!) {\n    requestToJoinAlliance(allianceId: $allianceId, capacity: $capacity) {\n      id\n      allianceName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAlliances {\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n      requestedAt\n      declineReason\n    }\n  }\n"): (typeof documents)["\n  query MyAlliances {\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n      requestedAt\n      declineReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupporterCorner($allianceId: ID!) {\n    supporterGroups(allianceId: $allianceId) {\n      id\n      title\n      participantCount\n      joined\n    }\n    allianceResources(allianceId: $allianceId) {\n      id\n      name\n      kind\n      audience\n      description\n      phone\n      url\n      hours\n    }\n  }\n"): (typeof documents)["\n  query SupporterCorner($allianceId: ID!) {\n    supporterGroups(allianceId: $allianceId) {\n      id\n      title\n      participantCount\n      joined\n    }\n    allianceResources(allianceId: $allianceId) {\n      id\n      name\n      kind\n      audience\n      description\n      phone\n      url\n      hours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinSupporterGroup($conversationId: ID!) {\n    joinSupporterGroup(conversationId: $conversationId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation JoinSupporterGroup($conversationId: ID!) {\n    joinSupporterGroup(conversationId: $conversationId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveAlliance($allianceId: ID!) {\n    leaveAlliance(allianceId: $allianceId) {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n      requestedAt\n      declineReason\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveAlliance($allianceId: ID!) {\n    leaveAlliance(allianceId: $allianceId) {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n      requestedAt\n      declineReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCheckins {\n    myCheckins(first: 20) {\n      edges {\n        node {\n          id\n          checkedInAt\n          mood\n          cravings\n          note\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCheckins {\n    myCheckins(first: 20) {\n      edges {\n        node {\n          id\n          checkedInAt\n          mood\n          cravings\n          note\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($input: CheckinInput!) {\n    checkIn(input: $input) {\n      id\n      checkedInAt\n      mood\n      cravings\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($input: CheckinInput!) {\n    checkIn(input: $input) {\n      id\n      checkedInAt\n      mood\n      cravings\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCheckin($checkinId: ID!) {\n    deleteCheckin(checkinId: $checkinId)\n  }\n"): (typeof documents)["\n  mutation DeleteCheckin($checkinId: ID!) {\n    deleteCheckin(checkinId: $checkinId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCheckinRhythm {\n    myCheckinPreferences {\n      cadence\n      days\n      localTime\n      nextReminderAt\n    }\n  }\n"): (typeof documents)["\n  query MyCheckinRhythm {\n    myCheckinPreferences {\n      cadence\n      days\n      localTime\n      nextReminderAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCheckinRhythm($input: CheckinRhythmInput!) {\n    setCheckinRhythm(input: $input) {\n      cadence\n      days\n      localTime\n      nextReminderAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetCheckinRhythm($input: CheckinRhythmInput!) {\n    setCheckinRhythm(input: $input) {\n      cadence\n      days\n      localTime\n      nextReminderAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopCheckinReminders {\n    stopCheckinReminders {\n      cadence\n      days\n      localTime\n      nextReminderAt\n    }\n  }\n"): (typeof documents)["\n  mutation StopCheckinReminders {\n    stopCheckinReminders {\n      cadence\n      days\n      localTime\n      nextReminderAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCircleInvitation($token: String, $invitationId: ID) {\n    acceptCircleInvitation(token: $token, invitationId: $invitationId) {\n      id\n      circleName\n      inviterDisplayName\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCircleInvitation($token: String, $invitationId: ID) {\n    acceptCircleInvitation(token: $token, invitationId: $invitationId) {\n      id\n      circleName\n      inviterDisplayName\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineCircleInvitation($token: String, $invitationId: ID) {\n    declineCircleInvitation(token: $token, invitationId: $invitationId) {\n      id\n      inviterDisplayName\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineCircleInvitation($token: String, $invitationId: ID) {\n    declineCircleInvitation(token: $token, invitationId: $invitationId) {\n      id\n      inviterDisplayName\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CircleInvitationsForMe {\n    circleInvitationsForMe {\n      id\n      circleName\n      inviterDisplayName\n      relationship\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query CircleInvitationsForMe {\n    circleInvitationsForMe {\n      id\n      circleName\n      inviterDisplayName\n      relationship\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCoordinatedAlliances {\n    myCoordinatedAlliances {\n      id\n      name\n      city\n      currency\n    }\n  }\n"): (typeof documents)["\n  query MyCoordinatedAlliances {\n    myCoordinatedAlliances {\n      id\n      name\n      city\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAlliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAlliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinRequests($allianceId: ID!) {\n    allianceMembers(allianceId: $allianceId, status: REQUESTED, first: 50) {\n      edges {\n        node {\n          id\n          personId\n          personDisplayName\n          capacity\n          requestedAt\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JoinRequests($allianceId: ID!) {\n    allianceMembers(allianceId: $allianceId, status: REQUESTED, first: 50) {\n      edges {\n        node {\n          id\n          personId\n          personDisplayName\n          capacity\n          requestedAt\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMembership($membershipId: ID!, $decision: MembershipDecision!, $reason: String) {\n    decideMembership(membershipId: $membershipId, decision: $decision, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideMembership($membershipId: ID!, $decision: MembershipDecision!, $reason: String) {\n    decideMembership(membershipId: $membershipId, decision: $decision, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorApplications($allianceId: ID!) {\n    waiting: mentorApplications(allianceId: $allianceId, status: SUBMITTED, first: 20) {\n      edges {\n        node {\n          id\n          applicantId\n          applicantDisplayName\n          status\n          livedExperienceSummary\n          pathways\n          yearsInRecovery\n          languages\n          focusDomains\n          availability {\n            day\n            start\n            end\n          }\n          maxMentees\n          trainingCompleted\n          createdAt\n        }\n      }\n    }\n    withApplicant: mentorApplications(allianceId: $allianceId, status: CHANGES_REQUESTED, first: 20) {\n      edges {\n        node {\n          id\n          applicantDisplayName\n          coordinatorMessage\n          createdAt\n          decidedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentorApplications($allianceId: ID!) {\n    waiting: mentorApplications(allianceId: $allianceId, status: SUBMITTED, first: 20) {\n      edges {\n        node {\n          id\n          applicantId\n          applicantDisplayName\n          status\n          livedExperienceSummary\n          pathways\n          yearsInRecovery\n          languages\n          focusDomains\n          availability {\n            day\n            start\n            end\n          }\n          maxMentees\n          trainingCompleted\n          createdAt\n        }\n      }\n    }\n    withApplicant: mentorApplications(allianceId: $allianceId, status: CHANGES_REQUESTED, first: 20) {\n      edges {\n        node {\n          id\n          applicantDisplayName\n          coordinatorMessage\n          createdAt\n          decidedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMentorApplication($applicationId: ID!, $decision: MentorApplicationDecision!, $message: String) {\n    decideMentorApplication(applicationId: $applicationId, decision: $decision, message: $message) {\n      id\n      status\n      coordinatorMessage\n    }\n  }\n"): (typeof documents)["\n  mutation DecideMentorApplication($applicationId: ID!, $decision: MentorApplicationDecision!, $message: String) {\n    decideMentorApplication(applicationId: $applicationId, decision: $decision, message: $message) {\n      id\n      status\n      coordinatorMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMentorVetting($applicationId: ID!, $action: VettingAction!, $reason: String) {\n    changeMentorVetting(applicationId: $applicationId, action: $action, reason: $reason) {\n      id\n      status\n      coordinatorMessage\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMentorVetting($applicationId: ID!, $action: VettingAction!, $reason: String) {\n    changeMentorVetting(applicationId: $applicationId, action: $action, reason: $reason) {\n      id\n      status\n      coordinatorMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorsOverview($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      mentorPlacesLimit\n    }\n    mentorApplications(allianceId: $allianceId, first: 100) {\n      edges {\n        node {\n          id\n          applicantId\n          applicantDisplayName\n          status\n          maxMentees\n          coordinatorMessage\n        }\n      }\n    }\n    mentorReports(allianceId: $allianceId) {\n      id\n      mentorDisplayName\n      reason\n      note\n      createdAt\n    }\n    mentorshipHelpRequests(allianceId: $allianceId) {\n      mentorshipId\n      memberDisplayName\n      mentorDisplayName\n      askedBy\n      askedAt\n    }\n  }\n"): (typeof documents)["\n  query MentorsOverview($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      mentorPlacesLimit\n    }\n    mentorApplications(allianceId: $allianceId, first: 100) {\n      edges {\n        node {\n          id\n          applicantId\n          applicantDisplayName\n          status\n          maxMentees\n          coordinatorMessage\n        }\n      }\n    }\n    mentorReports(allianceId: $allianceId) {\n      id\n      mentorDisplayName\n      reason\n      note\n      createdAt\n    }\n    mentorshipHelpRequests(allianceId: $allianceId) {\n      mentorshipId\n      memberDisplayName\n      mentorDisplayName\n      askedBy\n      askedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMentorPlacesLimit($allianceId: ID!, $limit: Int!) {\n    setMentorPlacesLimit(allianceId: $allianceId, limit: $limit) {\n      id\n      mentorPlacesLimit\n    }\n  }\n"): (typeof documents)["\n  mutation SetMentorPlacesLimit($allianceId: ID!, $limit: Int!) {\n    setMentorPlacesLimit(allianceId: $allianceId, limit: $limit) {\n      id\n      mentorPlacesLimit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMentorPlaces($allianceId: ID!, $mentorId: ID!, $places: Int!) {\n    setMentorPlaces(allianceId: $allianceId, mentorId: $mentorId, places: $places) {\n      mentorId\n      places\n      taken\n    }\n  }\n"): (typeof documents)["\n  mutation SetMentorPlaces($allianceId: ID!, $mentorId: ID!, $places: Int!) {\n    setMentorPlaces(allianceId: $allianceId, mentorId: $mentorId, places: $places) {\n      mentorId\n      places\n      taken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveMentorshipHelp($mentorshipId: ID!) {\n    resolveMentorshipHelp(mentorshipId: $mentorshipId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveMentorshipHelp($mentorshipId: ID!) {\n    resolveMentorshipHelp(mentorshipId: $mentorshipId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceSettings($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      description\n      region\n      city\n      postcodePrefixes\n      languages\n      currency\n      mentorPlacesLimit\n      crisisResources {\n        name\n        phone\n        hours\n        languages\n      }\n      partnerOrganisations {\n        name\n        kind\n        description\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllianceSettings($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      description\n      region\n      city\n      postcodePrefixes\n      languages\n      currency\n      mentorPlacesLimit\n      crisisResources {\n        name\n        phone\n        hours\n        languages\n      }\n      partnerOrganisations {\n        name\n        kind\n        description\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAlliance($allianceId: ID!, $input: AllianceInput!) {\n    updateAlliance(allianceId: $allianceId, input: $input) {\n      id\n      name\n      description\n      region\n      city\n      postcodePrefixes\n      languages\n      currency\n      crisisResources {\n        name\n        phone\n        hours\n        languages\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAlliance($allianceId: ID!, $input: AllianceInput!) {\n    updateAlliance(allianceId: $allianceId, input: $input) {\n      id\n      name\n      description\n      region\n      city\n      postcodePrefixes\n      languages\n      currency\n      crisisResources {\n        name\n        phone\n        hours\n        languages\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceResources($allianceId: ID!) {\n    allianceResources(allianceId: $allianceId) {\n      id\n      kind\n      name\n      description\n      phone\n      url\n      address\n      hours\n      audience\n    }\n  }\n"): (typeof documents)["\n  query AllianceResources($allianceId: ID!) {\n    allianceResources(allianceId: $allianceId) {\n      id\n      kind\n      name\n      description\n      phone\n      url\n      address\n      hours\n      audience\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAllianceResource($allianceId: ID!, $input: AllianceResourceInput!) {\n    addAllianceResource(allianceId: $allianceId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddAllianceResource($allianceId: ID!, $input: AllianceResourceInput!) {\n    addAllianceResource(allianceId: $allianceId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAllianceResource($resourceId: ID!) {\n    removeAllianceResource(resourceId: $resourceId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAllianceResource($resourceId: ID!) {\n    removeAllianceResource(resourceId: $resourceId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceTeam($allianceId: ID!) {\n    allianceCoordinators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n    allianceModerators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n    allianceMembers(allianceId: $allianceId, status: ACTIVE, first: 100) {\n      edges {\n        node {\n          id\n          personId\n          personDisplayName\n          capacity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllianceTeam($allianceId: ID!) {\n    allianceCoordinators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n    allianceModerators(allianceId: $allianceId) {\n      userId\n      displayName\n      appointedAt\n    }\n    allianceMembers(allianceId: $allianceId, status: ACTIVE, first: 100) {\n      edges {\n        node {\n          id\n          personId\n          personDisplayName\n          capacity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointModerator($allianceId: ID!, $userId: ID!) {\n    appointModerator(allianceId: $allianceId, userId: $userId) {\n      userId\n      displayName\n      appointedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AppointModerator($allianceId: ID!, $userId: ID!) {\n    appointModerator(allianceId: $allianceId, userId: $userId) {\n      userId\n      displayName\n      appointedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveModerator($allianceId: ID!, $userId: ID!) {\n    removeModerator(allianceId: $allianceId, userId: $userId) {\n      userId\n      displayName\n      appointedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveModerator($allianceId: ID!, $userId: ID!) {\n    removeModerator(allianceId: $allianceId, userId: $userId) {\n      userId\n      displayName\n      appointedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceInsights($allianceId: ID!, $months: Int!) {\n    allianceInsights(allianceId: $allianceId, months: $months) {\n      since\n      minimumPeople\n      hiddenFigures\n      checkinTrend {\n        weekStarting\n        averageMood\n        averageCravings\n        people\n      }\n      capitalTrend {\n        month\n        averageTotal\n        people\n      }\n      domains {\n        domain\n        facilitators {\n          tagId\n          kind\n          label\n          people\n        }\n        obstacles {\n          tagId\n          kind\n          label\n          people\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllianceInsights($allianceId: ID!, $months: Int!) {\n    allianceInsights(allianceId: $allianceId, months: $months) {\n      since\n      minimumPeople\n      hiddenFigures\n      checkinTrend {\n        weekStarting\n        averageMood\n        averageCravings\n        people\n      }\n      capitalTrend {\n        month\n        averageTotal\n        people\n      }\n      domains {\n        domain\n        facilitators {\n          tagId\n          kind\n          label\n          people\n        }\n        obstacles {\n          tagId\n          kind\n          label\n          people\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceGroups($allianceId: ID!) {\n    allianceGroups(allianceId: $allianceId) {\n      id\n      title\n      supporterGroup\n      participantCount\n      participants {\n        personId\n        displayName\n        role\n      }\n    }\n    allianceMembers(allianceId: $allianceId, status: ACTIVE, first: 100) {\n      edges {\n        node {\n          id\n          personId\n          personDisplayName\n          capacity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllianceGroups($allianceId: ID!) {\n    allianceGroups(allianceId: $allianceId) {\n      id\n      title\n      supporterGroup\n      participantCount\n      participants {\n        personId\n        displayName\n        role\n      }\n    }\n    allianceMembers(allianceId: $allianceId, status: ACTIVE, first: 100) {\n      edges {\n        node {\n          id\n          personId\n          personDisplayName\n          capacity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMembersGroup($allianceId: ID!, $title: String!) {\n    createAllianceGroup(allianceId: $allianceId, title: $title) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMembersGroup($allianceId: ID!, $title: String!) {\n    createAllianceGroup(allianceId: $allianceId, title: $title) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupporterGroup($allianceId: ID!, $title: String!) {\n    createSupporterGroup(allianceId: $allianceId, title: $title) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupporterGroup($allianceId: ID!, $title: String!) {\n    createSupporterGroup(allianceId: $allianceId, title: $title) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroupParticipant($conversationId: ID!, $userId: ID!) {\n    addGroupParticipant(conversationId: $conversationId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddGroupParticipant($conversationId: ID!, $userId: ID!) {\n    addGroupParticipant(conversationId: $conversationId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupParticipant($conversationId: ID!, $userId: ID!) {\n    removeGroupParticipant(conversationId: $conversationId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveGroupParticipant($conversationId: ID!, $userId: ID!) {\n    removeGroupParticipant(conversationId: $conversationId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrisisSupport($locale: String, $timeZone: String) {\n    crisisSupport(locale: $locale, timeZone: $timeZone) {\n      message\n      platformLines {\n        name\n        phone\n        hours\n        description\n        country\n      }\n      allianceLines {\n        allianceId\n        allianceName\n        resources {\n          name\n          phone\n          hours\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CrisisSupport($locale: String, $timeZone: String) {\n    crisisSupport(locale: $locale, timeZone: $timeZone) {\n      message\n      platformLines {\n        name\n        phone\n        hours\n        description\n        country\n      }\n      allianceLines {\n        allianceId\n        allianceName\n        resources {\n          name\n          phone\n          hours\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEarlyHelp {\n    myEarlyHelp {\n      id\n      openedAt\n      reason\n      message\n      nextSteps\n      mentorTold\n    }\n    myCrisisAlertConsent\n  }\n"): (typeof documents)["\n  query MyEarlyHelp {\n    myEarlyHelp {\n      id\n      openedAt\n      reason\n      message\n      nextSteps\n      mentorTold\n    }\n    myCrisisAlertConsent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCrisisAlertConsent($consent: Boolean!) {\n    setCrisisAlertConsent(consent: $consent)\n  }\n"): (typeof documents)["\n  mutation SetCrisisAlertConsent($consent: Boolean!) {\n    setCrisisAlertConsent(consent: $consent)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorAlerts {\n    myCrisisAlerts {\n      id\n      memberId\n      memberDisplayName\n      createdAt\n      guidance\n    }\n    myEarlyHelpAlerts {\n      id\n      memberId\n      memberDisplayName\n      createdAt\n      reason\n      guidance\n      seen\n    }\n  }\n"): (typeof documents)["\n  query MentorAlerts {\n    myCrisisAlerts {\n      id\n      memberId\n      memberDisplayName\n      createdAt\n      guidance\n    }\n    myEarlyHelpAlerts {\n      id\n      memberId\n      memberDisplayName\n      createdAt\n      reason\n      guidance\n      seen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkEarlyHelpAlertSeen($alertId: ID!) {\n    markEarlyHelpAlertSeen(alertId: $alertId)\n  }\n"): (typeof documents)["\n  mutation MarkEarlyHelpAlertSeen($alertId: ID!) {\n    markEarlyHelpAlertSeen(alertId: $alertId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiaryEntryFields on DiaryEntry {\n    id\n    entryDate\n    body\n    tags\n    updatedAt\n    sharedWith {\n      personId\n      displayName\n      sharedAt\n      visibleNow\n    }\n  }\n"): (typeof documents)["\n  fragment DiaryEntryFields on DiaryEntry {\n    id\n    entryDate\n    body\n    tags\n    updatedAt\n    sharedWith {\n      personId\n      displayName\n      sharedAt\n      visibleNow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDiary($first: Int!, $after: String, $tags: [String!], $from: String, $to: String) {\n    myDiaryEntries(first: $first, after: $after, tags: $tags, from: $from, to: $to) {\n      edges {\n        node {\n          ...DiaryEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDiary($first: Int!, $after: String, $tags: [String!], $from: String, $to: String) {\n    myDiaryEntries(first: $first, after: $after, tags: $tags, from: $from, to: $to) {\n      edges {\n        node {\n          ...DiaryEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiaryTags($locale: String) {\n    recoveryTags(locale: $locale) {\n      id\n      kind\n      label\n    }\n  }\n"): (typeof documents)["\n  query DiaryTags($locale: String) {\n    recoveryTags(locale: $locale) {\n      id\n      kind\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiaryReaders {\n    mySharingGrants {\n      id\n      scope\n      active\n      granteeId\n      granteeDisplayName\n    }\n  }\n"): (typeof documents)["\n  query DiaryReaders {\n    mySharingGrants {\n      id\n      scope\n      active\n      granteeId\n      granteeDisplayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteDiaryEntry($input: DiaryEntryInput!) {\n    writeDiaryEntry(input: $input) {\n      ...DiaryEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation WriteDiaryEntry($input: DiaryEntryInput!) {\n    writeDiaryEntry(input: $input) {\n      ...DiaryEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditDiaryEntry($id: ID!, $input: DiaryEntryInput!) {\n    editDiaryEntry(id: $id, input: $input) {\n      ...DiaryEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditDiaryEntry($id: ID!, $input: DiaryEntryInput!) {\n    editDiaryEntry(id: $id, input: $input) {\n      ...DiaryEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDiaryEntry($id: ID!) {\n    deleteDiaryEntry(id: $id) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDiaryEntry($id: ID!) {\n    deleteDiaryEntry(id: $id) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareDiaryEntry($id: ID!, $granteeIds: [ID!]!) {\n    shareDiaryEntry(id: $id, granteeIds: $granteeIds) {\n      ...DiaryEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareDiaryEntry($id: ID!, $granteeIds: [ID!]!) {\n    shareDiaryEntry(id: $id, granteeIds: $granteeIds) {\n      ...DiaryEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnshareDiaryEntry($id: ID!, $granteeIds: [ID!]) {\n    unshareDiaryEntry(id: $id, granteeIds: $granteeIds) {\n      ...DiaryEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnshareDiaryEntry($id: ID!, $granteeIds: [ID!]) {\n    unshareDiaryEntry(id: $id, granteeIds: $granteeIds) {\n      ...DiaryEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareDiaryEntryWithEveryoneAllowed($id: ID!) {\n    shareDiaryEntryWithEveryoneAllowed(id: $id) {\n      ...DiaryEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareDiaryEntryWithEveryoneAllowed($id: ID!) {\n    shareDiaryEntryWithEveryoneAllowed(id: $id) {\n      ...DiaryEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDiaryEntry($id: ID!) {\n    myDiaryEntry(id: $id) {\n      ...DiaryEntryFields\n    }\n  }\n"): (typeof documents)["\n  query MyDiaryEntry($id: ID!) {\n    myDiaryEntry(id: $id) {\n      ...DiaryEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      id\n      displayName\n      pronouns\n    }\n    myRecoveryPreferences {\n      updatedAt\n    }\n    myAllianceMemberships {\n      id\n      allianceName\n      status\n      capacity\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    me {\n      id\n      displayName\n      pronouns\n    }\n    myRecoveryPreferences {\n      updatedAt\n    }\n    myAllianceMemberships {\n      id\n      allianceName\n      status\n      capacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JourneyFields on RecoveryJourney {\n    startedOn\n    totalDays\n    longestStretchDays\n    nextMilestoneDays\n    milestones {\n      days\n      reachedOn\n    }\n    setbacks {\n      id\n      occurredOn\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment JourneyFields on RecoveryJourney {\n    startedOn\n    totalDays\n    longestStretchDays\n    nextMilestoneDays\n    milestones {\n      days\n      reachedOn\n    }\n    setbacks {\n      id\n      occurredOn\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyJourney {\n    myRecoveryJourney {\n      ...JourneyFields\n    }\n  }\n"): (typeof documents)["\n  query MyJourney {\n    myRecoveryJourney {\n      ...JourneyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRecoveryStart($startedOn: String) {\n    setRecoveryStartDate(startedOn: $startedOn) {\n      ...JourneyFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetRecoveryStart($startedOn: String) {\n    setRecoveryStartDate(startedOn: $startedOn) {\n      ...JourneyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSetback($input: SetbackInput!) {\n    recordSetback(input: $input) {\n      message\n      nextSteps\n      journey {\n        ...JourneyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSetback($input: SetbackInput!) {\n    recordSetback(input: $input) {\n      message\n      nextSteps\n      journey {\n        ...JourneyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSetback($setbackId: ID!) {\n    deleteSetback(setbackId: $setbackId) {\n      ...JourneyFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSetback($setbackId: ID!) {\n    deleteSetback(setbackId: $setbackId) {\n      ...JourneyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mentoring {\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n    }\n    myMentorApplications {\n      ...MentorApplicationFields\n    }\n    myMentorships {\n      ...MentorshipFields\n    }\n    myMentorAvailability\n  }\n"): (typeof documents)["\n  query Mentoring {\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n    }\n    myMentorApplications {\n      ...MentorApplicationFields\n    }\n    myMentorships {\n      ...MentorshipFields\n    }\n    myMentorAvailability\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorApplicationFields on MentorApplication {\n    id\n    allianceId\n    status\n    coordinatorMessage\n    createdAt\n    decidedAt\n    livedExperienceSummary\n    yearsInRecovery\n    pathways\n    focusDomains\n    languages\n    gender\n    maxMentees\n    trainingCompleted\n    availability {\n      day\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  fragment MentorApplicationFields on MentorApplication {\n    id\n    allianceId\n    status\n    coordinatorMessage\n    createdAt\n    decidedAt\n    livedExperienceSummary\n    yearsInRecovery\n    pathways\n    focusDomains\n    languages\n    gender\n    maxMentees\n    trainingCompleted\n    availability {\n      day\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToMentor($allianceId: ID!, $input: MentorApplicationInput!) {\n    applyToMentor(allianceId: $allianceId, input: $input) {\n      ...MentorApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyToMentor($allianceId: ID!, $input: MentorApplicationInput!) {\n    applyToMentor(allianceId: $allianceId, input: $input) {\n      ...MentorApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMentorApplication($applicationId: ID!, $input: MentorApplicationInput!) {\n    updateMentorApplication(applicationId: $applicationId, input: $input) {\n      ...MentorApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMentorApplication($applicationId: ID!, $input: MentorApplicationInput!) {\n    updateMentorApplication(applicationId: $applicationId, input: $input) {\n      ...MentorApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMentorship($mentorshipId: ID!) {\n    acceptMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptMentorship($mentorshipId: ID!) {\n    acceptMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineMentorship($mentorshipId: ID!) {\n    declineMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineMentorship($mentorshipId: ID!) {\n    declineMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMentorAvailability($until: DateTime) {\n    setMentorAvailability(until: $until)\n  }\n"): (typeof documents)["\n  mutation SetMentorAvailability($until: DateTime) {\n    setMentorAvailability(until: $until)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyMentorPlaces($allianceId: ID!, $mentorId: ID!, $places: Int!) {\n    setMentorPlaces(allianceId: $allianceId, mentorId: $mentorId, places: $places) {\n      places\n      taken\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyMentorPlaces($allianceId: ID!, $mentorId: ID!, $places: Int!) {\n    setMentorPlaces(allianceId: $allianceId, mentorId: $mentorId, places: $places) {\n      places\n      taken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mentors {\n    mentorSuggestions(first: 10) {\n      mentorId\n      allianceId\n      displayName\n      reasons\n    }\n    myMentorships {\n      ...MentorshipFields\n    }\n  }\n"): (typeof documents)["\n  query Mentors {\n    mentorSuggestions(first: 10) {\n      mentorId\n      allianceId\n      displayName\n      reasons\n    }\n    myMentorships {\n      ...MentorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMentorship($mentorId: ID!, $intro: String) {\n    requestMentorship(mentorId: $mentorId, intro: $intro) {\n      ...MentorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMentorship($mentorId: ID!, $intro: String) {\n    requestMentorship(mentorId: $mentorId, intro: $intro) {\n      ...MentorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorshipFields on Mentorship {\n    id\n    role\n    state\n    allianceId\n    memberId\n    memberDisplayName\n    mentorId\n    mentorDisplayName\n    intro\n    requestedAt\n    expiresAt\n    startedAt\n    endedAt\n    endedByMe\n    helpRequested\n    conversationId\n  }\n"): (typeof documents)["\n  fragment MentorshipFields on Mentorship {\n    id\n    role\n    state\n    allianceId\n    memberId\n    memberDisplayName\n    mentorId\n    mentorDisplayName\n    intro\n    requestedAt\n    expiresAt\n    startedAt\n    endedAt\n    endedByMe\n    helpRequested\n    conversationId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseMentorship($mentorshipId: ID!) {\n    pauseMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation PauseMentorship($mentorshipId: ID!) {\n    pauseMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeMentorship($mentorshipId: ID!) {\n    resumeMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeMentorship($mentorshipId: ID!) {\n    resumeMentorship(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMentorship($mentorshipId: ID!, $reason: String) {\n    endMentorship(mentorshipId: $mentorshipId, reason: $reason) {\n      ...MentorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndMentorship($mentorshipId: ID!, $reason: String) {\n    endMentorship(mentorshipId: $mentorshipId, reason: $reason) {\n      ...MentorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMentorshipRequest($mentorshipId: ID!) {\n    withdrawMentorshipRequest(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawMentorshipRequest($mentorshipId: ID!) {\n    withdrawMentorshipRequest(mentorshipId: $mentorshipId) {\n      ...MentorshipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskCoordinatorForHelp($mentorshipId: ID!) {\n    askCoordinatorForHelp(mentorshipId: $mentorshipId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation AskCoordinatorForHelp($mentorshipId: ID!) {\n    askCoordinatorForHelp(mentorshipId: $mentorshipId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMentor($mentorshipId: ID!, $reason: MentorReportReason!, $note: String) {\n    reportMentor(mentorshipId: $mentorshipId, reason: $reason, note: $note) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ReportMentor($mentorshipId: ID!, $reason: MentorReportReason!, $note: String) {\n    reportMentor(mentorshipId: $mentorshipId, reason: $reason, note: $note) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorshipHistory($mentorshipId: ID!) {\n    mentorshipHistory(mentorshipId: $mentorshipId) {\n      at\n      kind\n      byMe\n    }\n  }\n"): (typeof documents)["\n  query MentorshipHistory($mentorshipId: ID!) {\n    mentorshipHistory(mentorshipId: $mentorshipId) {\n      at\n      kind\n      byMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorAlertsConsent {\n    myCheckinPreferences {\n      mentorAlerts\n    }\n  }\n"): (typeof documents)["\n  query MentorAlertsConsent {\n    myCheckinPreferences {\n      mentorAlerts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEarlyHelpMentorAlerts($enabled: Boolean!) {\n    setEarlyHelpMentorAlerts(enabled: $enabled) {\n      mentorAlerts\n    }\n  }\n"): (typeof documents)["\n  mutation SetEarlyHelpMentorAlerts($enabled: Boolean!) {\n    setEarlyHelpMentorAlerts(enabled: $enabled) {\n      mentorAlerts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    conversationId\n    authorId\n    authorDisplayName\n    sentByMe\n    body\n    deleted\n    heldForReview\n    heldReason\n    createdAt\n    editedAt\n    editableUntil\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id\n    conversationId\n    authorId\n    authorDisplayName\n    sentByMe\n    body\n    deleted\n    heldForReview\n    heldReason\n    createdAt\n    editedAt\n    editableUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    archived\n    muted\n    unreadCount\n    lastActivityAt\n    participants {\n      personId\n      displayName\n    }\n    lastMessage {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    archived\n    muted\n    unreadCount\n    lastActivityAt\n    participants {\n      personId\n      displayName\n    }\n    lastMessage {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConversations($after: String) {\n    myConversations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          title\n          archived\n          muted\n          unreadCount\n          lastActivityAt\n          lastMessage {\n            id\n            sentByMe\n            body\n            deleted\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyConversations($after: String) {\n    myConversations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          title\n          archived\n          muted\n          unreadCount\n          lastActivityAt\n          lastMessage {\n            id\n            sentByMe\n            body\n            deleted\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationMessages($conversationId: ID!, $after: String) {\n    messages(conversationId: $conversationId, first: 30, after: $after) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationMessages($conversationId: ID!, $after: String) {\n    messages(conversationId: $conversationId, first: 30, after: $after) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageEvents($conversationId: ID!) {\n    messageEvents(conversationId: $conversationId) {\n      kind\n      message {\n        ...MessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MessageEvents($conversationId: ID!) {\n    messageEvents(conversationId: $conversationId) {\n      kind\n      message {\n        ...MessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId) {\n      id\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId) {\n      id\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($conversationId: ID!, $body: String!) {\n    sendMessage(conversationId: $conversationId, body: $body) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($conversationId: ID!, $body: String!) {\n    sendMessage(conversationId: $conversationId, body: $body) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($messageId: ID!, $body: String!) {\n    editMessage(messageId: $messageId, body: $body) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditMessage($messageId: ID!, $body: String!) {\n    editMessage(messageId: $messageId, body: $body) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($messageId: ID!) {\n    deleteMessage(messageId: $messageId) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMessage($messageId: ID!) {\n    deleteMessage(messageId: $messageId) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LanguageCheck($text: String!) {\n    languageCheck(text: $text) {\n      matchedText\n      start\n      end\n      alternatives\n      message\n    }\n  }\n"): (typeof documents)["\n  query LanguageCheck($text: String!) {\n    languageCheck(text: $text) {\n      matchedText\n      start\n      end\n      alternatives\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMessage($messageId: ID!, $reason: ReportReason!, $note: String) {\n    reportContent(contentId: $messageId, kind: MESSAGE, reason: $reason, note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportMessage($messageId: ID!, $reason: ReportReason!, $note: String) {\n    reportContent(contentId: $messageId, kind: MESSAGE, reason: $reason, note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteConversation($conversationId: ID!, $muted: Boolean!) {\n    muteConversation(conversationId: $conversationId, muted: $muted) {\n      id\n      muted\n    }\n  }\n"): (typeof documents)["\n  mutation MuteConversation($conversationId: ID!, $muted: Boolean!) {\n    muteConversation(conversationId: $conversationId, muted: $muted) {\n      id\n      muted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBlockedPeople {\n    myBlockedPeople {\n      personId\n      displayName\n      blockedAt\n    }\n  }\n"): (typeof documents)["\n  query MyBlockedPeople {\n    myBlockedPeople {\n      personId\n      displayName\n      blockedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockPerson($userId: ID!) {\n    blockPerson(userId: $userId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation BlockPerson($userId: ID!) {\n    blockPerson(userId: $userId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockPerson($userId: ID!) {\n    unblockPerson(userId: $userId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation UnblockPerson($userId: ID!) {\n    unblockPerson(userId: $userId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDirectConversation($withUserId: ID!) {\n    startDirectConversation(withUserId: $withUserId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartDirectConversation($withUserId: ID!) {\n    startDirectConversation(withUserId: $withUserId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveConversation($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveConversation($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPerson($personId: ID!, $reason: ReportReason!, $note: String) {\n    reportPerson(personId: $personId, reason: $reason, note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportPerson($personId: ID!, $reason: ReportReason!, $note: String) {\n    reportPerson(personId: $personId, reason: $reason, note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationCaseFields on ModerationCase {\n    id\n    subjectKind\n    personDisplayName\n    severity\n    categories\n    status\n    reportCount\n    openedAt\n    escalatedAt\n  }\n"): (typeof documents)["\n  fragment ModerationCaseFields on ModerationCase {\n    id\n    subjectKind\n    personDisplayName\n    severity\n    categories\n    status\n    reportCount\n    openedAt\n    escalatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationDecisionFields on ModerationDecision {\n    id\n    action\n    subjectKind\n    reason\n    reversesId\n    suspendedUntil\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ModerationDecisionFields on ModerationDecision {\n    id\n    action\n    subjectKind\n    reason\n    reversesId\n    suspendedUntil\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($status: ModerationCaseStatus!, $severity: ModerationSeverity, $category: String, $minAgeHours: Int, $after: String) {\n    moderationQueue(first: 20, status: $status, severity: $severity, category: $category, minAgeHours: $minAgeHours, after: $after) {\n      edges {\n        node {\n          ...ModerationCaseFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($status: ModerationCaseStatus!, $severity: ModerationSeverity, $category: String, $minAgeHours: Int, $after: String) {\n    moderationQueue(first: 20, status: $status, severity: $severity, category: $category, minAgeHours: $minAgeHours, after: $after) {\n      edges {\n        node {\n          ...ModerationCaseFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationCase($id: ID!) {\n    moderationCase(id: $id) {\n      case {\n        ...ModerationCaseFields\n        personId\n        findings {\n          category\n          count\n        }\n      }\n      contentText\n      contentVisibility\n      context {\n        id\n        authorId\n        authorDisplayName\n        text\n        createdAt\n        visibility\n        isSubject\n      }\n      reports {\n        reason\n        note\n        createdAt\n      }\n      decisions {\n        ...ModerationDecisionFields\n      }\n      personHistory {\n        ...ModerationDecisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationCase($id: ID!) {\n    moderationCase(id: $id) {\n      case {\n        ...ModerationCaseFields\n        personId\n        findings {\n          category\n          count\n        }\n      }\n      contentText\n      contentVisibility\n      context {\n        id\n        authorId\n        authorDisplayName\n        text\n        createdAt\n        visibility\n        isSubject\n      }\n      reports {\n        reason\n        note\n        createdAt\n      }\n      decisions {\n        ...ModerationDecisionFields\n      }\n      personHistory {\n        ...ModerationDecisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideModerationCase($caseId: ID!, $decision: ModerationDecisionInput!) {\n    decideModerationCase(caseId: $caseId, decision: $decision) {\n      ...ModerationDecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideModerationCase($caseId: ID!, $decision: ModerationDecisionInput!) {\n    decideModerationCase(caseId: $caseId, decision: $decision) {\n      ...ModerationDecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseModerationDecision($decisionId: ID!, $reason: String!) {\n    reverseModerationDecision(decisionId: $decisionId, reason: $reason) {\n      ...ModerationDecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReverseModerationDecision($decisionId: ID!, $reason: String!) {\n    reverseModerationDecision(decisionId: $decisionId, reason: $reason) {\n      ...ModerationDecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateContent($kind: ModerationSubjectKind!, $contentId: ID!, $decision: ModerationDecisionInput!) {\n    moderateContent(kind: $kind, contentId: $contentId, decision: $decision) {\n      ...ModerationDecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateContent($kind: ModerationSubjectKind!, $contentId: ID!, $decision: ModerationDecisionInput!) {\n    moderateContent(kind: $kind, contentId: $contentId, decision: $decision) {\n      ...ModerationDecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModeratePerson($personId: ID!, $decision: ModerationDecisionInput!) {\n    moderatePerson(personId: $personId, decision: $decision) {\n      ...ModerationDecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ModeratePerson($personId: ID!, $decision: ModerationDecisionInput!) {\n    moderatePerson(personId: $personId, decision: $decision) {\n      ...ModerationDecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationAppeals {\n    moderationAppeals {\n      id\n      statement\n      status\n      createdAt\n      decision {\n        ...ModerationDecisionFields\n        subjectKind\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationAppeals {\n    moderationAppeals {\n      id\n      statement\n      status\n      createdAt\n      decision {\n        ...ModerationDecisionFields\n        subjectKind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideModerationAppeal($appealId: ID!, $overturn: Boolean!, $note: String!) {\n    decideModerationAppeal(appealId: $appealId, overturn: $overturn, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideModerationAppeal($appealId: ID!, $overturn: Boolean!, $note: String!) {\n    decideModerationAppeal(appealId: $appealId, overturn: $overturn, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoriesForReview {\n    storiesForReview {\n      id\n      title\n      body\n      authorDisplayName\n      createdAt\n      heldForReview\n    }\n  }\n"): (typeof documents)["\n  query StoriesForReview {\n    storiesForReview {\n      id\n      title\n      body\n      authorDisplayName\n      createdAt\n      heldForReview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewStory($storyId: ID!, $approve: Boolean!, $note: String) {\n    reviewStory(storyId: $storyId, approve: $approve, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewStory($storyId: ID!, $approve: Boolean!, $note: String) {\n    reviewStory(storyId: $storyId, approve: $approve, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyModeration {\n    myAccountStanding {\n      mayPost\n      banned\n      suspendedUntil\n    }\n    myModerationDecisions {\n      id\n      action\n      reason\n      subjectKind\n      createdAt\n      suspendedUntil\n      appealable\n      appealDeadline\n      appealStatus\n      reversed\n    }\n    myModerationReports {\n      id\n      reason\n      createdAt\n      outcome\n      outcomeAt\n    }\n  }\n"): (typeof documents)["\n  query MyModeration {\n    myAccountStanding {\n      mayPost\n      banned\n      suspendedUntil\n    }\n    myModerationDecisions {\n      id\n      action\n      reason\n      subjectKind\n      createdAt\n      suspendedUntil\n      appealable\n      appealDeadline\n      appealStatus\n      reversed\n    }\n    myModerationReports {\n      id\n      reason\n      createdAt\n      outcome\n      outcomeAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppealModerationDecision($decisionId: ID!, $statement: String!) {\n    appealModerationDecision(decisionId: $decisionId, statement: $statement) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AppealModerationDecision($decisionId: ID!, $statement: String!) {\n    appealModerationDecision(decisionId: $decisionId, statement: $statement) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTrust {\n    myTrust {\n      current {\n        level\n        mayPostLinks\n        mayMessageBeyondConnections\n      }\n      nextLevelAt\n    }\n    trustLevels {\n      level\n      fromAccountAgeDays\n      mayPostLinks\n      mayMessageBeyondConnections\n    }\n  }\n"): (typeof documents)["\n  query MyTrust {\n    myTrust {\n      current {\n        level\n        mayPostLinks\n        mayMessageBeyondConnections\n      }\n      nextLevelAt\n    }\n    trustLevels {\n      level\n      fromAccountAgeDays\n      mayPostLinks\n      mayMessageBeyondConnections\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          subjectId\n          text\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          subjectId\n          text\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationArrived {\n    myNotifications {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationArrived {\n    myNotifications {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    myNotificationPreferences {\n      kind\n      inApp\n      email\n      push\n      mayBreakQuietHours\n      breakQuietHours\n    }\n    myWebPushSettings {\n      applicationServerKey\n      deviceCount\n    }\n    myQuietHours {\n      start\n      end\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    myNotificationPreferences {\n      kind\n      inApp\n      email\n      push\n      mayBreakQuietHours\n      breakQuietHours\n    }\n    myWebPushSettings {\n      applicationServerKey\n      deviceCount\n    }\n    myQuietHours {\n      start\n      end\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!, $push: Boolean, $breakQuietHours: Boolean) {\n    updateNotificationPreference(kind: $kind, inApp: $inApp, email: $email, push: $push, breakQuietHours: $breakQuietHours) {\n      kind\n      inApp\n      email\n      push\n      mayBreakQuietHours\n      breakQuietHours\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!, $push: Boolean, $breakQuietHours: Boolean) {\n    updateNotificationPreference(kind: $kind, inApp: $inApp, email: $email, push: $push, breakQuietHours: $breakQuietHours) {\n      kind\n      inApp\n      email\n      push\n      mayBreakQuietHours\n      breakQuietHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetQuietHours($start: String!, $end: String!) {\n    setQuietHours(start: $start, end: $end) {\n      start\n      end\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation SetQuietHours($start: String!, $end: String!) {\n    setQuietHours(start: $start, end: $end) {\n      start\n      end\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearQuietHours {\n    clearQuietHours {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ClearQuietHours {\n    clearQuietHours {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeToPush($subscription: PushSubscriptionInput!) {\n    subscribeToPush(subscription: $subscription) {\n      applicationServerKey\n      deviceCount\n    }\n  }\n"): (typeof documents)["\n  mutation SubscribeToPush($subscription: PushSubscriptionInput!) {\n    subscribeToPush(subscription: $subscription) {\n      applicationServerKey\n      deviceCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeFromPush($endpoint: String!) {\n    unsubscribeFromPush(endpoint: $endpoint) {\n      applicationServerKey\n      deviceCount\n    }\n  }\n"): (typeof documents)["\n  mutation UnsubscribeFromPush($endpoint: String!) {\n    unsubscribeFromPush(endpoint: $endpoint) {\n      applicationServerKey\n      deviceCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOnCallRotas {\n    myOnCallRotas {\n      allianceId\n      allianceName\n      timeZone\n      shifts {\n        id\n        peerId\n        peerDisplayName\n        weekday\n        startsAt\n        endsAt\n      }\n      vettedPeers {\n        userId\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOnCallRotas {\n    myOnCallRotas {\n      allianceId\n      allianceName\n      timeZone\n      shifts {\n        id\n        peerId\n        peerDisplayName\n        weekday\n        startsAt\n        endsAt\n      }\n      vettedPeers {\n        userId\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOnCallTimeZone($allianceId: ID!, $timeZone: String!) {\n    setOnCallTimeZone(allianceId: $allianceId, timeZone: $timeZone) {\n      allianceId\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation SetOnCallTimeZone($allianceId: ID!, $timeZone: String!) {\n    setOnCallTimeZone(allianceId: $allianceId, timeZone: $timeZone) {\n      allianceId\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOnCallShift($allianceId: ID!, $peerId: ID!, $weekday: Int!, $startsAt: String!, $endsAt: String!) {\n    addOnCallShift(allianceId: $allianceId, peerId: $peerId, weekday: $weekday, startsAt: $startsAt, endsAt: $endsAt) {\n      allianceId\n    }\n  }\n"): (typeof documents)["\n  mutation AddOnCallShift($allianceId: ID!, $peerId: ID!, $weekday: Int!, $startsAt: String!, $endsAt: String!) {\n    addOnCallShift(allianceId: $allianceId, peerId: $peerId, weekday: $weekday, startsAt: $startsAt, endsAt: $endsAt) {\n      allianceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOnCallShift($shiftId: ID!) {\n    removeOnCallShift(shiftId: $shiftId) {\n      allianceId\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOnCallShift($shiftId: ID!) {\n    removeOnCallShift(shiftId: $shiftId) {\n      allianceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Onboarding {\n    me {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n    }\n    myRecoveryPreferences {\n      pathways\n      languages\n      preferredMentorGender\n      availability {\n        day\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  query Onboarding {\n    me {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n    }\n    myRecoveryPreferences {\n      pathways\n      languages\n      preferredMentorGender\n      availability {\n        day\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveIntro($intro: String) {\n    updateProfileIntro(intro: $intro) {\n      profile {\n        id\n        intro\n      }\n      languageSuggestions {\n        matchedText\n        alternatives\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveIntro($intro: String) {\n    updateProfileIntro(intro: $intro) {\n      profile {\n        id\n        intro\n      }\n      languageSuggestions {\n        matchedText\n        alternatives\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveRecoveryPreferences($input: RecoveryPreferencesInput!) {\n    updateRecoveryPreferences(input: $input) {\n      pathways\n      languages\n      preferredMentorGender\n      availability {\n        day\n        start\n        end\n      }\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveRecoveryPreferences($input: RecoveryPreferencesInput!) {\n    updateRecoveryPreferences(input: $input) {\n      pathways\n      languages\n      preferredMentorGender\n      availability {\n        day\n        start\n        end\n      }\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataExportStatus($id: ID!) {\n    myDataExport(id: $id) {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query DataExportStatus($id: ID!) {\n    myDataExport(id: $id) {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataExportContent($id: ID!) {\n    myDataExport(id: $id) {\n      id\n      status\n      content\n    }\n  }\n"): (typeof documents)["\n  query DataExportContent($id: ID!) {\n    myDataExport(id: $id) {\n      id\n      status\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIntro($userId: ID!) {\n    personProfile(userId: $userId) {\n      id\n      intro\n      introHeldForReview\n      introHeldReason\n    }\n  }\n"): (typeof documents)["\n  query MyIntro($userId: ID!) {\n    personProfile(userId: $userId) {\n      id\n      intro\n      introHeldForReview\n      introHeldReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyIntro($intro: String) {\n    updateProfileIntro(intro: $intro) {\n      profile {\n        id\n        intro\n        introHeldForReview\n        introHeldReason\n      }\n      languageSuggestions {\n        matchedText\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyIntro($intro: String) {\n    updateProfileIntro(intro: $intro) {\n      profile {\n        id\n        intro\n        introHeldForReview\n        introHeldReason\n      }\n      languageSuggestions {\n        matchedText\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ok\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ok\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicStories {\n    publicStories(first: 3) {\n      edges {\n        node {\n          id\n          title\n          body\n          authorDisplayName\n          publishedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicStories {\n    publicStories(first: 3) {\n      edges {\n        node {\n          id\n          title\n          body\n          authorDisplayName\n          publishedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecoveryCapital {\n    barc10Statements {\n      version\n      minimumTotal\n      maximumTotal\n      statements {\n        number\n        text\n        translations {\n          locale\n          official\n          text\n        }\n      }\n      scale {\n        value\n        label\n        translations {\n          locale\n          official\n          text\n        }\n      }\n      referencePoint {\n        total\n        explanation\n        translations {\n          locale\n          official\n          text\n        }\n      }\n    }\n    myRecoveryCapital {\n      barc10History(first: 12) {\n        edges {\n          node {\n            id\n            total\n            takenAt\n            changeSincePrevious\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecoveryCapital {\n    barc10Statements {\n      version\n      minimumTotal\n      maximumTotal\n      statements {\n        number\n        text\n        translations {\n          locale\n          official\n          text\n        }\n      }\n      scale {\n        value\n        label\n        translations {\n          locale\n          official\n          text\n        }\n      }\n      referencePoint {\n        total\n        explanation\n        translations {\n          locale\n          official\n          text\n        }\n      }\n    }\n    myRecoveryCapital {\n      barc10History(first: 12) {\n        edges {\n          node {\n            id\n            total\n            takenAt\n            changeSincePrevious\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordBarc10($answers: [Int!]!) {\n    recordBarc10(answers: $answers) {\n      id\n      total\n      takenAt\n      changeSincePrevious\n    }\n  }\n"): (typeof documents)["\n  mutation RecordBarc10($answers: [Int!]!) {\n    recordBarc10(answers: $answers) {\n      id\n      total\n      takenAt\n      changeSincePrevious\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDomainRatings($input: RecordDomainRatingsInput!) {\n    recordDomainRatings(input: $input) {\n      id\n      takenAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDomainRatings($input: RecordDomainRatingsInput!) {\n    recordDomainRatings(input: $input) {\n      id\n      takenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainRatings {\n    recoveryCapitalGuide {\n      domains {\n        domain\n        number\n        dimensions\n      }\n      dimensions {\n        dimension\n        domains\n      }\n      scale {\n        minimum\n        maximum\n        noteMaxLength\n        anchors {\n          value\n          label\n        }\n      }\n    }\n    myRecoveryCapital {\n      latestDomainRatings {\n        ...DomainSnapshot\n      }\n      domainRatingsHistory(first: 20) {\n        edges {\n          node {\n            id\n            takenAt\n            scores {\n              domain\n              score\n            }\n            dimensions {\n              dimension\n              score\n            }\n          }\n        }\n      }\n    }\n    mySharingGrants {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n\n  fragment DomainSnapshot on DomainRatingSnapshot {\n    id\n    takenAt\n    scores {\n      domain\n      score\n      note\n    }\n    dimensions {\n      dimension\n      score\n    }\n    strengths\n    needs\n  }\n"): (typeof documents)["\n  query DomainRatings {\n    recoveryCapitalGuide {\n      domains {\n        domain\n        number\n        dimensions\n      }\n      dimensions {\n        dimension\n        domains\n      }\n      scale {\n        minimum\n        maximum\n        noteMaxLength\n        anchors {\n          value\n          label\n        }\n      }\n    }\n    myRecoveryCapital {\n      latestDomainRatings {\n        ...DomainSnapshot\n      }\n      domainRatingsHistory(first: 20) {\n        edges {\n          node {\n            id\n            takenAt\n            scores {\n              domain\n              score\n            }\n            dimensions {\n              dimension\n              score\n            }\n          }\n        }\n      }\n    }\n    mySharingGrants {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n\n  fragment DomainSnapshot on DomainRatingSnapshot {\n    id\n    takenAt\n    scores {\n      domain\n      score\n      note\n    }\n    dimensions {\n      dimension\n      score\n    }\n    strengths\n    needs\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapitalChoices {\n    myCheckinPreferences {\n      reassessEveryDays\n    }\n    mySelfDescriptionNudges\n  }\n"): (typeof documents)["\n  query CapitalChoices {\n    myCheckinPreferences {\n      reassessEveryDays\n    }\n    mySelfDescriptionNudges\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReassessmentInterval($days: Int!) {\n    setReassessmentInterval(days: $days) {\n      reassessEveryDays\n    }\n  }\n"): (typeof documents)["\n  mutation SetReassessmentInterval($days: Int!) {\n    setReassessmentInterval(days: $days) {\n      reassessEveryDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSelfDescriptionNudges($enabled: Boolean!) {\n    setSelfDescriptionNudges(enabled: $enabled) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SetSelfDescriptionNudges($enabled: Boolean!) {\n    setSelfDescriptionNudges(enabled: $enabled) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRecoveryPlan {\n    myRecoveryPlan {\n      goals {\n        ...PlanGoal\n      }\n      progress {\n        domain\n        stepsDone\n        stepsTotal\n      }\n      suggestions {\n        id\n        kind\n        state\n        domain\n        goalId\n        goalTitle\n        title\n        why\n        dueOn\n        suggestedByDisplayName\n        note\n        createdAt\n      }\n    }\n    mySharingGrants {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n\n  fragment PlanGoal on RecoveryGoal {\n    id\n    domain\n    title\n    why\n    dueOn\n    status\n    suggested\n    suggestedByDisplayName\n    stepsDone\n    steps {\n      id\n      title\n      dueOn\n      done\n      position\n      suggested\n      suggestedByDisplayName\n    }\n  }\n"): (typeof documents)["\n  query MyRecoveryPlan {\n    myRecoveryPlan {\n      goals {\n        ...PlanGoal\n      }\n      progress {\n        domain\n        stepsDone\n        stepsTotal\n      }\n      suggestions {\n        id\n        kind\n        state\n        domain\n        goalId\n        goalTitle\n        title\n        why\n        dueOn\n        suggestedByDisplayName\n        note\n        createdAt\n      }\n    }\n    mySharingGrants {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n\n  fragment PlanGoal on RecoveryGoal {\n    id\n    domain\n    title\n    why\n    dueOn\n    status\n    suggested\n    suggestedByDisplayName\n    stepsDone\n    steps {\n      id\n      title\n      dueOn\n      done\n      position\n      suggested\n      suggestedByDisplayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRecoveryGoal($input: RecoveryGoalInput!) {\n    createRecoveryGoal(input: $input) {\n      ...PlanGoal\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRecoveryGoal($input: RecoveryGoalInput!) {\n    createRecoveryGoal(input: $input) {\n      ...PlanGoal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecoveryGoal($goalId: ID!, $input: RecoveryGoalInput!) {\n    updateRecoveryGoal(goalId: $goalId, input: $input) {\n      ...PlanGoal\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRecoveryGoal($goalId: ID!, $input: RecoveryGoalInput!) {\n    updateRecoveryGoal(goalId: $goalId, input: $input) {\n      ...PlanGoal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRecoveryGoalStatus($goalId: ID!, $status: RecoveryGoalStatus!) {\n    setRecoveryGoalStatus(goalId: $goalId, status: $status) {\n      ...PlanGoal\n    }\n  }\n"): (typeof documents)["\n  mutation SetRecoveryGoalStatus($goalId: ID!, $status: RecoveryGoalStatus!) {\n    setRecoveryGoalStatus(goalId: $goalId, status: $status) {\n      ...PlanGoal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRecoveryGoal($goalId: ID!) {\n    deleteRecoveryGoal(goalId: $goalId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRecoveryGoal($goalId: ID!) {\n    deleteRecoveryGoal(goalId: $goalId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecoveryStep($goalId: ID!, $input: RecoveryStepInput!) {\n    addRecoveryStep(goalId: $goalId, input: $input) {\n      ...PlanGoal\n    }\n  }\n"): (typeof documents)["\n  mutation AddRecoveryStep($goalId: ID!, $input: RecoveryStepInput!) {\n    addRecoveryStep(goalId: $goalId, input: $input) {\n      ...PlanGoal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecoveryStep($stepId: ID!, $input: RecoveryStepInput!) {\n    updateRecoveryStep(stepId: $stepId, input: $input) {\n      ...PlanGoal\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRecoveryStep($stepId: ID!, $input: RecoveryStepInput!) {\n    updateRecoveryStep(stepId: $stepId, input: $input) {\n      ...PlanGoal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRecoveryStepDone($stepId: ID!, $done: Boolean!) {\n    setRecoveryStepDone(stepId: $stepId, done: $done) {\n      ...PlanGoal\n    }\n  }\n"): (typeof documents)["\n  mutation SetRecoveryStepDone($stepId: ID!, $done: Boolean!) {\n    setRecoveryStepDone(stepId: $stepId, done: $done) {\n      ...PlanGoal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderRecoverySteps($goalId: ID!, $stepIds: [ID!]!) {\n    reorderRecoverySteps(goalId: $goalId, stepIds: $stepIds) {\n      ...PlanGoal\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderRecoverySteps($goalId: ID!, $stepIds: [ID!]!) {\n    reorderRecoverySteps(goalId: $goalId, stepIds: $stepIds) {\n      ...PlanGoal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRecoveryStep($stepId: ID!) {\n    deleteRecoveryStep(stepId: $stepId) {\n      ...PlanGoal\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRecoveryStep($stepId: ID!) {\n    deleteRecoveryStep(stepId: $stepId) {\n      ...PlanGoal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPlanSuggestion($suggestionId: ID!) {\n    acceptPlanSuggestion(suggestionId: $suggestionId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptPlanSuggestion($suggestionId: ID!) {\n    acceptPlanSuggestion(suggestionId: $suggestionId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclinePlanSuggestion($suggestionId: ID!, $note: String) {\n    declinePlanSuggestion(suggestionId: $suggestionId, note: $note) {\n      id\n      state\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation DeclinePlanSuggestion($suggestionId: ID!, $note: String) {\n    declinePlanSuggestion(suggestionId: $suggestionId, note: $note) {\n      id\n      state\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCircle {\n    mySupportCircle {\n      id\n      name\n      members {\n        userId\n        displayName\n        relationship\n        joinedAt\n      }\n    }\n    myCircleInvitations {\n      id\n      email\n      inviteeId\n      relationship\n      state\n      createdAt\n      expiresAt\n    }\n    mySharingGrants {\n      id\n      scope\n      granteeId\n      granteeDisplayName\n      purpose\n      ends\n      expiresAt\n      grantedAt\n      active\n    }\n  }\n"): (typeof documents)["\n  query MyCircle {\n    mySupportCircle {\n      id\n      name\n      members {\n        userId\n        displayName\n        relationship\n        joinedAt\n      }\n    }\n    myCircleInvitations {\n      id\n      email\n      inviteeId\n      relationship\n      state\n      createdAt\n      expiresAt\n    }\n    mySharingGrants {\n      id\n      scope\n      granteeId\n      granteeDisplayName\n      purpose\n      ends\n      expiresAt\n      grantedAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleITalkWith {\n    myConversations(first: 50) {\n      edges {\n        node {\n          id\n          participants {\n            personId\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleITalkWith {\n    myConversations(first: 50) {\n      edges {\n        node {\n          id\n          participants {\n            personId\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDisclosureLog($after: String) {\n    myDisclosureLog(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          viewerDisplayName\n          what\n          scope\n          accessedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDisclosureLog($after: String) {\n    myDisclosureLog(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          viewerDisplayName\n          what\n          scope\n          accessedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameCircle($name: String!) {\n    renameSupportCircle(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameCircle($name: String!) {\n    renameSupportCircle(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToCircleByEmail($email: String!, $relationship: CircleRelationship!) {\n    inviteToCircleByEmail(email: $email, relationship: $relationship) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToCircleByEmail($email: String!, $relationship: CircleRelationship!) {\n    inviteToCircleByEmail(email: $email, relationship: $relationship) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToCircleOnKindred($userId: ID!, $relationship: CircleRelationship!) {\n    inviteToCircle(userId: $userId, relationship: $relationship) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToCircleOnKindred($userId: ID!, $relationship: CircleRelationship!) {\n    inviteToCircle(userId: $userId, relationship: $relationship) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCircleInvitation($invitationId: ID!) {\n    revokeCircleInvitation(invitationId: $invitationId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawCircleInvitation($invitationId: ID!) {\n    revokeCircleInvitation(invitationId: $invitationId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromCircle($userId: ID!) {\n    removeFromCircle(userId: $userId) {\n      id\n      members {\n        userId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveFromCircle($userId: ID!) {\n    removeFromCircle(userId: $userId) {\n      id\n      members {\n        userId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantSharing($input: GrantSharingInput!) {\n    grantSharing(input: $input) {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation GrantSharing($input: GrantSharingInput!) {\n    grantSharing(input: $input) {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSharing($grantId: ID!) {\n    revokeSharing(grantId: $grantId) {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeSharing($grantId: ID!) {\n    revokeSharing(grantId: $grantId) {\n      id\n      scope\n      granteeDisplayName\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedWithMe {\n    sharedWithMe {\n      id\n      ownerId\n      ownerDisplayName\n      scope\n      purpose\n      ends\n      expiresAt\n      grantedAt\n    }\n    circlesISupport {\n      id\n      name\n      ownerId\n      ownerDisplayName\n      myRelationship\n    }\n    circleInvitationsForMe {\n      id\n    }\n    sharingEndedWithMe {\n      id\n      ownerId\n      ownerDisplayName\n      scope\n      revokedAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query SharedWithMe {\n    sharedWithMe {\n      id\n      ownerId\n      ownerDisplayName\n      scope\n      purpose\n      ends\n      expiresAt\n      grantedAt\n    }\n    circlesISupport {\n      id\n      name\n      ownerId\n      ownerDisplayName\n      myRelationship\n    }\n    circleInvitationsForMe {\n      id\n    }\n    sharingEndedWithMe {\n      id\n      ownerId\n      ownerDisplayName\n      scope\n      revokedAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedCheckins($ownerId: ID!) {\n    sharedCheckins(ownerId: $ownerId) {\n      ownerId\n      days\n      averageMood\n      averageCravings\n      checkins {\n        checkedInAt\n        mood\n        cravings\n      }\n      redisclosureNotice\n    }\n  }\n"): (typeof documents)["\n  query SharedCheckins($ownerId: ID!) {\n    sharedCheckins(ownerId: $ownerId) {\n      ownerId\n      days\n      averageMood\n      averageCravings\n      checkins {\n        checkedInAt\n        mood\n        cravings\n      }\n      redisclosureNotice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedMilestones($ownerId: ID!) {\n    sharedMilestones(ownerId: $ownerId) {\n      ownerId\n      totalDays\n      milestones {\n        days\n        reachedOn\n      }\n      redisclosureNotice\n    }\n  }\n"): (typeof documents)["\n  query SharedMilestones($ownerId: ID!) {\n    sharedMilestones(ownerId: $ownerId) {\n      ownerId\n      totalDays\n      milestones {\n        days\n        reachedOn\n      }\n      redisclosureNotice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedPlan($ownerId: ID!) {\n    sharedRecoveryPlan(ownerId: $ownerId) {\n      ownerId\n      redisclosureNotice\n      goals(status: ACTIVE) {\n        id\n        title\n        domain\n        stepsDone\n        steps {\n          id\n          title\n          done\n        }\n      }\n      suggestions {\n        id\n        title\n        goalTitle\n        state\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedPlan($ownerId: ID!) {\n    sharedRecoveryPlan(ownerId: $ownerId) {\n      ownerId\n      redisclosureNotice\n      goals(status: ACTIVE) {\n        id\n        title\n        domain\n        stepsDone\n        steps {\n          id\n          title\n          done\n        }\n      }\n      suggestions {\n        id\n        title\n        goalTitle\n        state\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedCapital($ownerId: ID!) {\n    sharedRecoveryCapital(ownerId: $ownerId) {\n      redisclosureNotice\n      latestDomainRatings {\n        id\n        takenAt\n        scores {\n          domain\n          score\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedCapital($ownerId: ID!) {\n    sharedRecoveryCapital(ownerId: $ownerId) {\n      redisclosureNotice\n      latestDomainRatings {\n        id\n        takenAt\n        scores {\n          domain\n          score\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiaryEntriesSharedWithMe($ownerId: ID!) {\n    diaryEntriesSharedWithMe(ownerId: $ownerId, first: 20) {\n      edges {\n        node {\n          id\n          entryDate\n          sharedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiaryEntriesSharedWithMe($ownerId: ID!) {\n    diaryEntriesSharedWithMe(ownerId: $ownerId, first: 20) {\n      edges {\n        node {\n          id\n          entryDate\n          sharedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedDiaryEntry($id: ID!) {\n    sharedDiaryEntry(id: $id) {\n      id\n      entryDate\n      body\n      mood\n      redisclosureNotice\n    }\n  }\n"): (typeof documents)["\n  query SharedDiaryEntry($id: ID!) {\n    sharedDiaryEntry(id: $id) {\n      id\n      entryDate\n      body\n      mood\n      redisclosureNotice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestRecoveryStep($goalId: ID!, $input: RecoveryStepInput!, $why: String) {\n    suggestRecoveryStep(goalId: $goalId, input: $input, why: $why) {\n      id\n      title\n      goalTitle\n      state\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestRecoveryStep($goalId: ID!, $input: RecoveryStepInput!, $why: String) {\n    suggestRecoveryStep(goalId: $goalId, input: $input, why: $why) {\n      id\n      title\n      goalTitle\n      state\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedCapitalUpdates($ownerId: ID!) {\n    sharedRecoveryCapitalUpdates(ownerId: $ownerId) {\n      redisclosureNotice\n      latestDomainRatings {\n        id\n        takenAt\n        scores {\n          domain\n          score\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SharedCapitalUpdates($ownerId: ID!) {\n    sharedRecoveryCapitalUpdates(ownerId: $ownerId) {\n      redisclosureNotice\n      latestDomainRatings {\n        id\n        takenAt\n        scores {\n          domain\n          score\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestRecoveryGoal($ownerId: ID!, $input: RecoveryGoalInput!) {\n    suggestRecoveryGoal(ownerId: $ownerId, input: $input) {\n      id\n      title\n      goalTitle\n      state\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestRecoveryGoal($ownerId: ID!, $input: RecoveryGoalInput!) {\n    suggestRecoveryGoal(ownerId: $ownerId, input: $input) {\n      id\n      title\n      goalTitle\n      state\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPlanSuggestion($suggestionId: ID!) {\n    withdrawPlanSuggestion(suggestionId: $suggestionId) {\n      id\n      state\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawPlanSuggestion($suggestionId: ID!) {\n    withdrawPlanSuggestion(suggestionId: $suggestionId) {\n      id\n      state\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveSupportCircle($circleId: ID!) {\n    leaveSupportCircle(circleId: $circleId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveSupportCircle($circleId: ID!) {\n    leaveSupportCircle(circleId: $circleId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SparkApplicationFields on SparkApplication {\n    id\n    fundId\n    allianceId\n    applicantDisplayName\n    mine\n    amount\n    currency\n    category\n    nextStep\n    neededBy\n    status\n    infoRequest\n    declineReason\n    approvalsGiven\n    approvalsRequired\n    approvedByMe\n    createdAt\n    submittedAt\n    decidedAt\n    disbursedAt\n    receivedAt\n    followUpOutcome\n    followUpNote\n  }\n"): (typeof documents)["\n  fragment SparkApplicationFields on SparkApplication {\n    id\n    fundId\n    allianceId\n    applicantDisplayName\n    mine\n    amount\n    currency\n    category\n    nextStep\n    neededBy\n    status\n    infoRequest\n    declineReason\n    approvalsGiven\n    approvalsRequired\n    approvedByMe\n    createdAt\n    submittedAt\n    decidedAt\n    disbursedAt\n    receivedAt\n    followUpOutcome\n    followUpNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SparkFundFields on SparkFund {\n    id\n    allianceId\n    name\n    currency\n    status\n    acceptingApplications\n    perGrantCap\n    perPersonCap\n    dualApprovalThreshold\n    separatePaymentFromApproval\n    periodStart\n    periodEnd\n  }\n"): (typeof documents)["\n  fragment SparkFundFields on SparkFund {\n    id\n    allianceId\n    name\n    currency\n    status\n    acceptingApplications\n    perGrantCap\n    perPersonCap\n    dualApprovalThreshold\n    separatePaymentFromApproval\n    periodStart\n    periodEnd\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySparks {\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n    }\n    mySparkApplications(first: 15) {\n      edges {\n        node {\n          ...SparkApplicationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySparks {\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      capacity\n      status\n    }\n    mySparkApplications(first: 15) {\n      edges {\n        node {\n          ...SparkApplicationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SparkFundsForMember($allianceId: ID!) {\n    sparkFunds(allianceId: $allianceId) {\n      ...SparkFundFields\n    }\n  }\n"): (typeof documents)["\n  query SparkFundsForMember($allianceId: ID!) {\n    sparkFunds(allianceId: $allianceId) {\n      ...SparkFundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftSparkApplication($fundId: ID!, $input: SparkApplicationInput!) {\n    draftSparkApplication(fundId: $fundId, input: $input) {\n      ...SparkApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DraftSparkApplication($fundId: ID!, $input: SparkApplicationInput!) {\n    draftSparkApplication(fundId: $fundId, input: $input) {\n      ...SparkApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSparkApplication($applicationId: ID!, $input: SparkApplicationInput!) {\n    updateSparkApplication(applicationId: $applicationId, input: $input) {\n      ...SparkApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSparkApplication($applicationId: ID!, $input: SparkApplicationInput!) {\n    updateSparkApplication(applicationId: $applicationId, input: $input) {\n      ...SparkApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSparkApplication($applicationId: ID!) {\n    submitSparkApplication(applicationId: $applicationId) {\n      ...SparkApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSparkApplication($applicationId: ID!) {\n    submitSparkApplication(applicationId: $applicationId) {\n      ...SparkApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSparkApplication($applicationId: ID!, $idempotencyKey: String!) {\n    cancelSparkApplication(applicationId: $applicationId, idempotencyKey: $idempotencyKey) {\n      ...SparkApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSparkApplication($applicationId: ID!, $idempotencyKey: String!) {\n    cancelSparkApplication(applicationId: $applicationId, idempotencyKey: $idempotencyKey) {\n      ...SparkApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSparkReceipt($applicationId: ID!) {\n    confirmSparkReceipt(applicationId: $applicationId) {\n      ...SparkApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSparkReceipt($applicationId: ID!) {\n    confirmSparkReceipt(applicationId: $applicationId) {\n      ...SparkApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareSparkFollowUp($applicationId: ID!, $outcome: SparkFollowUpOutcome!, $note: String) {\n    shareSparkFollowUp(applicationId: $applicationId, outcome: $outcome, note: $note) {\n      ...SparkApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareSparkFollowUp($applicationId: ID!, $outcome: SparkFollowUpOutcome!, $note: String) {\n    shareSparkFollowUp(applicationId: $applicationId, outcome: $outcome, note: $note) {\n      ...SparkApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SparkQueue($allianceId: ID!, $status: SparkApplicationStatus, $after: String) {\n    sparkApplications(allianceId: $allianceId, status: $status, first: 15, after: $after) {\n      edges {\n        node {\n          ...SparkApplicationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    sparkFunds(allianceId: $allianceId) {\n      ...SparkFundFields\n    }\n  }\n"): (typeof documents)["\n  query SparkQueue($allianceId: ID!, $status: SparkApplicationStatus, $after: String) {\n    sparkApplications(allianceId: $allianceId, status: $status, first: 15, after: $after) {\n      edges {\n        node {\n          ...SparkApplicationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    sparkFunds(allianceId: $allianceId) {\n      ...SparkFundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SparkApplicationTimeline($applicationId: ID!) {\n    sparkApplicationTimeline(applicationId: $applicationId) {\n      step\n      at\n      byMe\n      actorDisplayName\n    }\n  }\n"): (typeof documents)["\n  query SparkApplicationTimeline($applicationId: ID!) {\n    sparkApplicationTimeline(applicationId: $applicationId) {\n      step\n      at\n      byMe\n      actorDisplayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SparkPaymentDetails($applicationId: ID!) {\n    sparkPaymentDetails(applicationId: $applicationId) {\n      method\n      reference\n      recordedAt\n      recordedByMe\n    }\n  }\n"): (typeof documents)["\n  query SparkPaymentDetails($applicationId: ID!) {\n    sparkPaymentDetails(applicationId: $applicationId) {\n      method\n      reference\n      recordedAt\n      recordedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveSparkApplication($applicationId: ID!, $idempotencyKey: String!) {\n    approveSparkApplication(applicationId: $applicationId, idempotencyKey: $idempotencyKey) {\n      ...SparkApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveSparkApplication($applicationId: ID!, $idempotencyKey: String!) {\n    approveSparkApplication(applicationId: $applicationId, idempotencyKey: $idempotencyKey) {\n      ...SparkApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineSparkApplication($applicationId: ID!, $reason: String!) {\n    declineSparkApplication(applicationId: $applicationId, reason: $reason) {\n      ...SparkApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineSparkApplication($applicationId: ID!, $reason: String!) {\n    declineSparkApplication(applicationId: $applicationId, reason: $reason) {\n      ...SparkApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskForSparkInformation($applicationId: ID!, $question: String!) {\n    askForSparkInformation(applicationId: $applicationId, question: $question) {\n      ...SparkApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AskForSparkInformation($applicationId: ID!, $question: String!) {\n    askForSparkInformation(applicationId: $applicationId, question: $question) {\n      ...SparkApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSparkPayment($applicationId: ID!, $idempotencyKey: String!, $input: RecordSparkPaymentInput!) {\n    recordSparkPayment(applicationId: $applicationId, idempotencyKey: $idempotencyKey, input: $input) {\n      ...SparkApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSparkPayment($applicationId: ID!, $idempotencyKey: String!, $input: RecordSparkPaymentInput!) {\n    recordSparkPayment(applicationId: $applicationId, idempotencyKey: $idempotencyKey, input: $input) {\n      ...SparkApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorSparkFunds($allianceId: ID!) {\n    sparkFunds(allianceId: $allianceId) {\n      ...SparkFundFields\n      openedAt\n      closedAt\n      balance {\n        budget\n        reserved\n        disbursed\n        available\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorSparkFunds($allianceId: ID!) {\n    sparkFunds(allianceId: $allianceId) {\n      ...SparkFundFields\n      openedAt\n      closedAt\n      balance {\n        budget\n        reserved\n        disbursed\n        available\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SparkFundLedger($fundId: ID!) {\n    sparkFundLedger(fundId: $fundId, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          amount\n          currency\n          at\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SparkFundLedger($fundId: ID!) {\n    sparkFundLedger(fundId: $fundId, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          amount\n          currency\n          at\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSparkFund($allianceId: ID!, $input: OpenSparkFundInput!) {\n    openSparkFund(allianceId: $allianceId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenSparkFund($allianceId: ID!, $input: OpenSparkFundInput!) {\n    openSparkFund(allianceId: $allianceId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSparkFundBudget($fundId: ID!, $amount: Int!, $idempotencyKey: String!) {\n    addSparkFundBudget(fundId: $fundId, amount: $amount, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddSparkFundBudget($fundId: ID!, $amount: Int!, $idempotencyKey: String!) {\n    addSparkFundBudget(fundId: $fundId, amount: $amount, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSparkFund($fundId: ID!) {\n    closeSparkFund(fundId: $fundId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSparkFund($fundId: ID!) {\n    closeSparkFund(fundId: $fundId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SparkReport($allianceId: ID!, $from: String!, $to: String!) {\n    sparkReport(allianceId: $allianceId, from: $from, to: $to) {\n      currency\n      amountLeft\n      totals {\n        applications\n        approved\n        declined\n        cancelled\n        approvedAmount\n        disbursedAmount\n        approvalRate\n        medianDaysToDecision\n        followUps {\n          outcome\n          count\n        }\n      }\n      byCategory {\n        category\n        applications\n        approved\n        approvedAmount\n        disbursedAmount\n      }\n    }\n  }\n"): (typeof documents)["\n  query SparkReport($allianceId: ID!, $from: String!, $to: String!) {\n    sparkReport(allianceId: $allianceId, from: $from, to: $to) {\n      currency\n      amountLeft\n      totals {\n        applications\n        approved\n        declined\n        cancelled\n        approvedAmount\n        disbursedAmount\n        approvalRate\n        medianDaysToDecision\n        followUps {\n          outcome\n          count\n        }\n      }\n      byCategory {\n        category\n        applications\n        approved\n        approvedAmount\n        disbursedAmount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SparkReportCsv($allianceId: ID!, $from: String!, $to: String!) {\n    sparkReportCsv(allianceId: $allianceId, from: $from, to: $to)\n  }\n"): (typeof documents)["\n  query SparkReportCsv($allianceId: ID!, $from: String!, $to: String!) {\n    sparkReportCsv(allianceId: $allianceId, from: $from, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoriesPage($first: Int!) {\n    me {\n      id\n      displayName\n    }\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      status\n    }\n    myStories {\n      id\n      title\n      body\n      status\n      allianceId\n      isPublic\n      showNamePublicly\n      heldForReview\n      heldReason\n      reviewNote\n      publishedAt\n      createdAt\n      encouragements {\n        kind\n        count\n      }\n    }\n    stories(first: $first) {\n      edges {\n        node {\n          id\n          title\n          body\n          authorId\n          authorDisplayName\n          publishedAt\n          encouragements {\n            kind\n            count\n          }\n          myEncouragements\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query StoriesPage($first: Int!) {\n    me {\n      id\n      displayName\n    }\n    myAllianceMemberships {\n      id\n      allianceId\n      allianceName\n      status\n    }\n    myStories {\n      id\n      title\n      body\n      status\n      allianceId\n      isPublic\n      showNamePublicly\n      heldForReview\n      heldReason\n      reviewNote\n      publishedAt\n      createdAt\n      encouragements {\n        kind\n        count\n      }\n    }\n    stories(first: $first) {\n      edges {\n        node {\n          id\n          title\n          body\n          authorId\n          authorDisplayName\n          publishedAt\n          encouragements {\n            kind\n            count\n          }\n          myEncouragements\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteStory($input: StoryInput!) {\n    writeStory(input: $input) {\n      story {\n        id\n        status\n      }\n      languageSuggestions {\n        matchedText\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WriteStory($input: StoryInput!) {\n    writeStory(input: $input) {\n      story {\n        id\n        status\n      }\n      languageSuggestions {\n        matchedText\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditStory($storyId: ID!, $input: StoryInput!) {\n    editStory(storyId: $storyId, input: $input) {\n      story {\n        id\n        title\n        body\n        status\n        publishedAt\n        reviewNote\n        heldForReview\n        heldReason\n      }\n      languageSuggestions {\n        matchedText\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditStory($storyId: ID!, $input: StoryInput!) {\n    editStory(storyId: $storyId, input: $input) {\n      story {\n        id\n        title\n        body\n        status\n        publishedAt\n        reviewNote\n        heldForReview\n        heldReason\n      }\n      languageSuggestions {\n        matchedText\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawStory($storyId: ID!) {\n    withdrawStory(storyId: $storyId) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawStory($storyId: ID!) {\n    withdrawStory(storyId: $storyId) {\n      id\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EncourageStory($storyId: ID!, $kind: EncouragementKind!, $on: Boolean!) {\n    encourageStory(storyId: $storyId, kind: $kind, on: $on) {\n      id\n      encouragements {\n        kind\n        count\n      }\n      myEncouragements\n    }\n  }\n"): (typeof documents)["\n  mutation EncourageStory($storyId: ID!, $kind: EncouragementKind!, $on: Boolean!) {\n    encourageStory(storyId: $storyId, kind: $kind, on: $on) {\n      id\n      encouragements {\n        kind\n        count\n      }\n      myEncouragements\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSupportNow {\n    requestSupportNow {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSupportNow {\n    requestSupportNow {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SupportRequestChanged($id: ID!) {\n    supportRequestChanged(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SupportRequestChanged($id: ID!) {\n    supportRequestChanged(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSupportRequest($id: ID!) {\n    answerSupportRequest(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerSupportRequest($id: ID!) {\n    answerSupportRequest(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSupportRequest($id: ID!) {\n    closeSupportRequest(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSupportRequest($id: ID!) {\n    closeSupportRequest(id: $id) {\n      id\n      status\n      mine\n      memberDisplayName\n      alertedCount\n      answeredByMe\n      showCrisisLinesAgain\n      answers {\n        userId\n        displayName\n        answeredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportNowSetup {\n    mySupportNowSetup {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportNowSetup {\n    mySupportNowSetup {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseSupportResponder($userId: ID!) {\n    chooseSupportResponder(userId: $userId) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChooseSupportResponder($userId: ID!) {\n    chooseSupportResponder(userId: $userId) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSupportResponder($userId: ID!) {\n    removeSupportResponder(userId: $userId) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveSupportResponder($userId: ID!) {\n    removeSupportResponder(userId: $userId) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupportNowReachOnCall($reachOnCall: Boolean!) {\n    setSupportNowReachOnCall(reachOnCall: $reachOnCall) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSupportNowReachOnCall($reachOnCall: Boolean!) {\n    setSupportNowReachOnCall(reachOnCall: $reachOnCall) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSupportResponderAsk($memberId: ID!, $consent: Boolean!, $throughQuietHours: Boolean!) {\n    answerSupportResponderAsk(memberId: $memberId, consent: $consent, throughQuietHours: $throughQuietHours) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerSupportResponderAsk($memberId: ID!, $consent: Boolean!, $throughQuietHours: Boolean!) {\n    answerSupportResponderAsk(memberId: $memberId, consent: $consent, throughQuietHours: $throughQuietHours) {\n      reachOnCall\n      responders {\n        userId\n        displayName\n        relationship\n        consented\n      }\n      candidates {\n        userId\n        displayName\n        relationship\n      }\n      askedOfMe {\n        memberId\n        memberDisplayName\n        consented\n        throughQuietHours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportRequestsForMe {\n    supportRequestsForMe {\n      id\n      memberDisplayName\n      answers {\n        userId\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportRequestsForMe {\n    supportRequestsForMe {\n      id\n      memberDisplayName\n      answers {\n        userId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SupportNoticeArrived {\n    myNotifications {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription SupportNoticeArrived {\n    myNotifications {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestViewerName {\n    me {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query TestViewerName {\n    me {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n      emailVerified\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      pronouns\n      locale\n      timeZone\n      emailVerified\n      roles\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;