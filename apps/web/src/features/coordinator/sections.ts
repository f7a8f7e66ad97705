/** One part of running an alliance, as the console lists it under each alliance. */
export interface ConsoleSection {
  key: 'joinRequests' | 'mentorApplications' | 'mentors' | 'groups' | 'alliancePage' | 'insights';
  path: (allianceId: string) => string;
}

/**
 * The console's sections, in the order a coordinator usually needs them: the people waiting
 * first. Another part of the console (small sparks, say) adds itself here to be listed too.
 */
export const consoleSections: readonly ConsoleSection[] = [
  { key: 'joinRequests', path: (allianceId) => `/coordinate/${allianceId}/join-requests` },
  { key: 'mentorApplications', path: (allianceId) => `/coordinate/${allianceId}/mentor-applications` },
  { key: 'mentors', path: (allianceId) => `/coordinate/${allianceId}/mentors` },
  { key: 'groups', path: (allianceId) => `/coordinate/${allianceId}/groups` },
  { key: 'alliancePage', path: (allianceId) => `/coordinate/${allianceId}/alliance` },
  { key: 'insights', path: (allianceId) => `/coordinate/${allianceId}/insights` },
];
