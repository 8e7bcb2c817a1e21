import type { APIContext, GetStaticPaths } from 'astro';
import { calendarResponse, getMeetings, type Meeting } from '../../site/meetings';

/** One meeting to add to a calendar by hand (WeChat's browser cannot subscribe, but can download). */
export const getStaticPaths = (async () =>
  (await getMeetings()).map((meeting) => ({
    params: { id: meeting.id },
    props: { meeting },
  }))) satisfies GetStaticPaths;

export const GET = (context: APIContext) => {
  const { meeting } = context.props as { meeting: Meeting };
  return calendarResponse([meeting], meeting.data.title, context.site);
};
