import type { Block, SectionId } from '../../../content/types';

/** One part's section bodies: only known section ids (an unknown id does not compile). */
export type SectionBlocks = { readonly [Id in SectionId]?: readonly Block[] };
