import { useState } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorMessage, Form, List, Notice, TextField } from '../../design';
import { graphql } from '../../graphql/generated';

export const FindAlliancesDocument = graphql(`
  query FindAlliances($postcode: String, $city: String) {
    alliances(postcode: $postcode, city: $city, first: 10) {
      edges {
        node {
          id
          name
          city
          region
          description
        }
      }
    }
  }
`);

export const AskToJoinAllianceDocument = graphql(`
  mutation AskToJoinAlliance($allianceId: ID!, $capacity: AllianceCapacity!) {
    requestToJoinAlliance(allianceId: $allianceId, capacity: $capacity) {
      id
      allianceName
      status
    }
  }
`);

/** Looks like a postcode when it holds a digit; otherwise it is read as a city. */
function searchVariables(place: string): { postcode: string | null; city: string | null } {
  const text = place.trim();
  return /\d/.test(text) ? { postcode: text, city: null } : { postcode: null, city: text };
}

/**
 * Finds alliances near a place; signed-in people can ask to join one, as a member in recovery
 * or, with `capacity="SUPPORTER"`, as family or a friend.
 */
export function AllianceSearch({ canJoin, capacity = 'MEMBER', onJoined }: { canJoin: boolean; capacity?: 'MEMBER' | 'SUPPORTER'; onJoined?: () => void }) {
  const { t } = useTranslation();
  const [place, setPlace] = useState('');
  const [find, found] = useLazyQuery(FindAlliancesDocument);
  const [join, joined] = useMutation(AskToJoinAllianceDocument);
  const alliances = found.data?.alliances.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="k-stack">
      <Form onSubmit={() => void find({ variables: searchVariables(place) }).catch(() => undefined)} aria-label={t('alliances.search')}>
        <TextField
          label={t('alliances.place')}
          description={t('alliances.placeHint')}
          isRequired
          value={place}
          onChange={setPlace}
          autoComplete="postal-code"
        />
        <Button type="submit" variant="secondary" isPending={found.loading}>
          {t('alliances.search')}
        </Button>
      </Form>
      <ErrorMessage error={found.error ?? joined.error} />
      {joined.data ? (
        <Notice>
          <p>{t('alliances.asked', { name: joined.data.requestToJoinAlliance.allianceName })}</p>
        </Notice>
      ) : null}
      {found.data ? (
        <List
          items={alliances}
          getKey={(alliance) => alliance.id}
          label={t('alliances.results')}
          renderItem={(alliance) => (
            <div className="k-stack k-stack--tight">
              <h3>{alliance.name}</h3>
              <p className="k-muted">
                {alliance.city}, {alliance.region}
              </p>
              <p>{alliance.description}</p>
              {canJoin && !joined.data ? (
                <div>
                  <Button
                    size="small"
                    isPending={joined.loading}
                    onPress={() =>
                      void join({ variables: { allianceId: alliance.id, capacity } })
                        .then(() => onJoined?.())
                        .catch(() => undefined)
                    }
                  >
                    {capacity === 'SUPPORTER' ? t('sharing.alliances.joinAsSupporter', { name: alliance.name }) : t('alliances.join', { name: alliance.name })}
                  </Button>
                </div>
              ) : null}
            </div>
          )}
          empty={
            <EmptyState title={t('alliances.noneTitle')} headingLevel={3}>
              <p>{t('alliances.none')}</p>
            </EmptyState>
          }
        />
      ) : null}
    </div>
  );
}
