import type { APIContext, GetStaticPaths } from 'astro';
import { calendarResponse, getMeetings, meetingFeeds } from '../../../site/meetings';

/** The calendar feeds members subscribe to: the whole branch, the committee, each 党小组. */
export const getStaticPaths = (async () => {
  const meetings = await getMeetings();
  return meetingFeeds(meetings).map((feed) => ({
    params: { feed: feed.slug },
    props: { name: feed.name, meetings: meetings.filter(feed.includes) },
  }));
}) satisfies GetStaticPaths;

export const GET = (context: APIContext) => {
  const { name, meetings } = context.props as { name: string; meetings: Awaited<ReturnType<typeof getMeetings>> };
  return calendarResponse(meetings, name, context.site);
};
