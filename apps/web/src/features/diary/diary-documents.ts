import { graphql } from '../../graphql/generated';

export const DiaryEntryFields = graphql(`
  fragment DiaryEntryFields on DiaryEntry {
    id
    entryDate
    body
    tags
    updatedAt
    sharedWith {
      personId
      displayName
      sharedAt
      visibleNow
    }
  }
`);

export const MyDiaryDocument = graphql(`
  query MyDiary($first: Int!, $after: String, $tags: [String!], $from: String, $to: String) {
    myDiaryEntries(first: $first, after: $after, tags: $tags, from: $from, to: $to) {
      edges {
        node {
          ...DiaryEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DiaryTagsDocument = graphql(`
  query DiaryTags($locale: String) {
    recoveryTags(locale: $locale) {
      id
      kind
      label
    }
  }
`);

/** Who the person lets see shared diary entries now: the only people an entry can be shared with. */
export const DiaryReadersDocument = graphql(`
  query DiaryReaders {
    mySharingGrants {
      id
      scope
      active
      granteeId
      granteeDisplayName
    }
  }
`);

export const WriteDiaryEntryDocument = graphql(`
  mutation WriteDiaryEntry($input: DiaryEntryInput!) {
    writeDiaryEntry(input: $input) {
      ...DiaryEntryFields
    }
  }
`);

export const EditDiaryEntryDocument = graphql(`
  mutation EditDiaryEntry($id: ID!, $input: DiaryEntryInput!) {
    editDiaryEntry(id: $id, input: $input) {
      ...DiaryEntryFields
    }
  }
`);

export const DeleteDiaryEntryDocument = graphql(`
  mutation DeleteDiaryEntry($id: ID!) {
    deleteDiaryEntry(id: $id) {
      ok
    }
  }
`);

export const ShareDiaryEntryDocument = graphql(`
  mutation ShareDiaryEntry($id: ID!, $granteeIds: [ID!]!) {
    shareDiaryEntry(id: $id, granteeIds: $granteeIds) {
      ...DiaryEntryFields
    }
  }
`);

export const UnshareDiaryEntryDocument = graphql(`
  mutation UnshareDiaryEntry($id: ID!, $granteeIds: [ID!]) {
    unshareDiaryEntry(id: $id, granteeIds: $granteeIds) {
      ...DiaryEntryFields
    }
  }
`);

export const ShareDiaryEntryWithEveryoneDocument = graphql(`
  mutation ShareDiaryEntryWithEveryoneAllowed($id: ID!) {
    shareDiaryEntryWithEveryoneAllowed(id: $id) {
      ...DiaryEntryFields
    }
  }
`);

export const MyDiaryEntryDocument = graphql(`
  query MyDiaryEntry($id: ID!) {
    myDiaryEntry(id: $id) {
      ...DiaryEntryFields
    }
  }
`);
