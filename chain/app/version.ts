import { version } from '../../package.json';

/** Reported by Info and /app/version. */
export const APP_NAME = 'settle';
export const APP_VERSION: string = version;
/** The state-machine protocol version (ResponseInfo.app_version, block header version.app). */
export const PROTOCOL_VERSION = 1n;
