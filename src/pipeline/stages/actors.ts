import type { Stage } from '../stage.ts';
import { coreferenceStage } from './coreference.ts';
import { organisationsStage } from './organisations.ts';
import { personsStage } from './persons.ts';

/**
 * The actor stages after countries, in order: organisations read country words ("Russia's Federal
 * Service ..."); persons read both (titles hold organisations and country adjectives) and make the
 * role assertions; coreference reads the persons and their roles ("the President").
 */
export const ACTOR_STAGES: readonly Stage[] = [organisationsStage, personsStage, coreferenceStage];
