/** The core's Logger on the runner: workflow commands through `@actions/core`. */
import * as core from '@actions/core';
import type { Logger } from '../logger.js';
import { warn } from './annotations.js';

export const actionsLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  // A warning is an annotation: API error texts in it are written by others.
  warning: (message) => warn(message),
  mask: (value) => {
    if (value !== '') core.setSecret(value);
  },
};
