import pkg from '../package.json' with { type: 'json' };

export const TOOL_NAME = 'genesys-oauth-audit';
export const VERSION: string = pkg.version;
export const USER_AGENT = `${TOOL_NAME}/${VERSION}`;
