/** The core's Logger on the runner: workflow commands through `@actions/core`. */
import * as core from '@actions/core';
import type { Logger } from '../logger.js';

export const actionsLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  mask: (value) => {
    if (value !== '') core.setSecret(value);
  },
};
