/**
 * The branch service as this build sees it: on or off (settings plus
 * BRANCH_SERVICE). Pages ask here.
 */
import { resolveBranchService, type BranchService } from '../lib/branch/service';
import { SETTINGS_FILE } from '../model/settings';
import { discussionSetup } from './discussion';
import { loadSettings } from './settings';

let service: { value: BranchService } | undefined;

/** The service when it is on, else `undefined`: the pages then say how the same thing is done offline. */
export function branchService(): BranchService {
  service ??= { value: resolveBranchService(loadSettings(), discussionSetup(), process.env, SETTINGS_FILE) };
  return service.value;
}
