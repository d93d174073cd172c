import { useMutation } from '@apollo/client/react';
import { graphql } from '../../generated';

const StaffFeatureContents = graphql(`
  mutation StaffFeatureContents($cityId: ID!, $contentIds: [ID!]!) {
    featureContents(cityId: $cityId, contentIds: $contentIds) {
      id
    }
  }
`);

/**
 * Replaces the city's featured contents with `contentIds`, in that order. The city's list (also
 * the home page's) is asked again, so every page shows the saved order.
 */
export function useFeatureContents(cityId: string) {
  const [feature, { loading, error, reset }] = useMutation(StaffFeatureContents, {
    refetchQueries: ['StaffFeatured', 'HomeFeatured'],
    awaitRefetchQueries: true,
  });
  const save = async (contentIds: readonly string[]): Promise<boolean> => {
    try {
      await feature({ variables: { cityId, contentIds: [...contentIds] } });
      return true;
    } catch {
      return false; // said from `error`; the arrangement on the page stays
    }
  };
  return { save, saving: loading, error, reset };
}
