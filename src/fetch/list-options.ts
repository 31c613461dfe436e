import type { GetOptions, RetryOptions } from './http-client.ts';

/** How a source reaches its host: the mirror, and the request and retry settings. */
export type ListOptions = Omit<GetOptions, 'headers'> & RetryOptions & { mirror?: string };
