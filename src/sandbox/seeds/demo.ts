/**
 * The demo org: a fictional contact-centre company, Brightline Contact Centres, whose OAuth
 * clients are written against the example policy `policies/oauth-policy.yml`. Some clients pass,
 * others fail, and the built-in and rule checks of SPEC §5 that this policy can raise all fire at
 * least once. The GUIDs are fixed so reports, snapshots and tests stay stable.
 *
 * `DEMO_EXPECTED_CHECKS` lists, per client, the checks the example policy should raise on it
 * (exempted ones included): the evaluator's end-to-end tests can assert against it.
 */
import type { SeedOrg, WireDivision, WireOAuthClient, WireRole } from '../wire.js';

export const DEMO_ORG_ID = '44e0cb03-7cb4-47a0-915e-641fbe3dc828';
export const DEMO_ORG_NAME = 'Brightline Contact Centres';
/** The value of the legacy `secret` field one demo client still carries: it must never leak. */
export const DEMO_LEGACY_SECRET = 'DEMO-LEGACY-SECRET-7f3a9c-never-print-me';

const DIV = {
  home: 'a0b03a7e-3735-467b-bffb-d8a37f7b0f7e',
  emea: '70bcb388-c61e-40d5-9449-ea683846f6dd',
  northAmerica: '5e08cd32-824c-4ed1-9983-e2920d9c90f0',
  workforce: '11310ce8-b6d3-45c2-bae4-99539a14d5b0',
  backOffice: 'a5702db1-93ef-4c85-aa18-e31092151eb9',
} as const;

const ROLE = {
  masterAdmin: '7cc580dd-a4bf-4836-88ff-cd99d5a5b17f',
  employee: '9ce10c36-3a96-47b4-893b-26ac6a0b9479',
  communicateAdmin: '0ad2432c-c7c6-4794-af78-9a80bb037349',
  integrationReadOnly: 'd7496621-12fb-40a8-a7d1-91bf51db585b',
  analyticsReader: 'eaa41a46-9335-40f4-80ea-bf7f1cc7fe39',
  workforceScheduler: '0d795c77-f193-4265-9721-99c63b6bf32d',
  recordingReader: '4b036f88-d5bc-4f8f-9c83-668407fcc6e6',
  qualityEvaluator: 'e77ae370-7c2a-4abb-abda-1e217094f148',
  routingManager: '4f5d753b-def6-4abb-8878-058cbc7f4e4f',
  outboundAdmin: 'cc248759-e986-45da-8aa3-1c9ab9b5d8ee',
  oauthAuditor: '00aa8bc5-7907-447e-9be9-20a04d5cfc5c',
} as const;

/** People and pipelines that created or changed clients (`createdBy` / `modifiedBy`). */
const USER = {
  dana: '73684857-7688-4f34-96a0-167cd3c2533e',
  omar: 'aa433b42-1356-45ea-bc2d-4733ec65a80c',
  pipeline: 'ec02d54f-86f2-4ef5-88f6-8978005e41ee',
} as const;

const divisions: WireDivision[] = [
  { id: DIV.home, name: 'Home', description: 'The default division', homeDivision: true },
  { id: DIV.emea, name: 'EMEA Operations', description: 'Queues and agents in Europe', homeDivision: false },
  {
    id: DIV.northAmerica,
    name: 'North America Operations',
    description: 'Queues and agents in the US and Canada',
    homeDivision: false,
  },
  {
    id: DIV.workforce,
    name: 'Workforce Management',
    description: 'Schedules and forecasts',
    homeDivision: false,
  },
  {
    id: DIV.backOffice,
    name: 'Back Office',
    description: 'Quality, billing and records',
    homeDivision: false,
  },
].map((d) => ({ ...d, selfUri: `/api/v2/authorization/divisions/${d.id}` }));

const roles: WireRole[] = [
  {
    id: ROLE.masterAdmin,
    name: 'Master Admin',
    description: 'Full administrative access to the organization',
    defaultRoleId: 'admin',
    permissions: ['admin', 'authorization:*:*', 'oauth:*:*', 'directory:*:*', 'routing:*:*', 'telephony:*:*'],
    default: true,
    base: false,
    userCount: 3,
  },
  {
    id: ROLE.employee,
    name: 'Employee',
    description: 'Basic access every user gets',
    defaultRoleId: 'employee',
    permissions: ['directory:user:view', 'directory:organization:view', 'presence:userPresence:edit'],
    default: true,
    base: false,
    userCount: 412,
  },
  {
    id: ROLE.communicateAdmin,
    name: 'Communicate - Admin',
    description: 'Administers calls, chat and voicemail',
    defaultRoleId: 'communicateAdmin',
    permissions: ['telephony:plugin:all', 'voicemail:policy:edit', 'chat:room:edit'],
    default: true,
    base: false,
    userCount: 4,
  },
  {
    id: ROLE.integrationReadOnly,
    name: 'Integration - Read Only',
    description: 'What a reporting integration may read',
    permissions: ['directory:user:view', 'routing:queue:view', 'analytics:conversationDetail:view'],
    default: false,
    base: false,
    userCount: 0,
  },
  {
    id: ROLE.analyticsReader,
    name: 'Analytics Reader',
    description: 'Reads conversation and queue analytics',
    permissions: [
      'analytics:conversationDetail:view',
      'analytics:conversationAggregate:view',
      'analytics:queueObservation:view',
    ],
    default: false,
    base: false,
    userCount: 18,
  },
  {
    id: ROLE.workforceScheduler,
    name: 'Workforce Scheduler',
    description: 'Builds and publishes schedules',
    permissions: ['wfm:schedule:view', 'wfm:schedule:edit', 'wfm:managementUnit:view'],
    default: false,
    base: false,
    userCount: 6,
  },
  {
    id: ROLE.recordingReader,
    name: 'Recording Reader',
    description: 'Reads and exports call recordings',
    permissions: ['recording:recording:view', 'recording:recording:export'],
    default: false,
    base: false,
    userCount: 2,
  },
  {
    id: ROLE.qualityEvaluator,
    name: 'Quality Evaluator',
    description: 'Evaluates agent interactions',
    defaultRoleId: 'qualityEvaluator',
    permissions: ['quality:evaluation:add', 'quality:evaluation:view', 'recording:recording:view'],
    default: true,
    base: false,
    userCount: 11,
  },
  {
    id: ROLE.routingManager,
    name: 'Routing Manager',
    description: 'Manages queues, skills and routing',
    permissions: ['routing:queue:edit', 'routing:skill:manage', 'routing:queue:view'],
    default: false,
    base: false,
    userCount: 5,
  },
  {
    id: ROLE.outboundAdmin,
    name: 'Outbound Admin',
    description: 'Administers outbound campaigns',
    defaultRoleId: 'outboundAdmin',
    permissions: ['outbound:*:*'],
    default: true,
    base: false,
    userCount: 1,
  },
  {
    id: ROLE.oauthAuditor,
    name: 'OAuth Client Auditor',
    description: 'The least privilege genesys-oauth-audit needs',
    permissions: ['oauth:client:view', 'authorization:role:view', 'authorization:division:view'],
    default: false,
    base: false,
    userCount: 0,
  },
].map((r) => ({ ...r, selfUri: `/api/v2/authorization/roles/${r.id}` }));

interface DemoClient {
  client: WireOAuthClient;
  /** Checks `policies/oauth-policy.yml` should raise on this client (at least these). */
  expect: string[];
}

const userRef = (id: string) => ({ id, selfUri: `/api/v2/users/${id}` });

/** Fills what every client record carries: selfUri, audit fields, state. */
function client(
  fields: Omit<WireOAuthClient, 'selfUri' | 'createdBy' | 'modifiedBy'> & { by?: string },
  expect: string[],
): DemoClient {
  const { by = USER.dana, ...rest } = fields;
  return {
    client: {
      state: 'active',
      ...rest,
      createdBy: userRef(by),
      modifiedBy: userRef(by),
      selfUri: `/api/v2/oauth/clients/${fields.id}`,
    },
    expect,
  };
}

const roleIn = (roleId: string, divisionId: string) => ({ roleId, divisionId });

const demoClients: DemoClient[] = [
  // --- Web messaging widgets (rule web-messaging) ---

  // Compliant widget: CODE, required and allowed scopes only, *.example.com, 1h tokens.
  client(
    {
      id: '66f15b83-7f70-4085-9b4c-51b615638718',
      name: 'Web Messaging Main Site',
      description: 'Messenger on www.example.com',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://www.example.com/messaging/callback'],
      scope: ['conversations', 'webdeployments:readonly', 'messaging:readonly'],
      authorizedGrantType: 'CODE',
      dateCreated: '2023-03-14T09:12:44.318Z',
      dateModified: '2025-11-02T15:40:10.005Z',
    },
    [],
  ),
  // Compliant widget named the other way (`webchat-*`), 30 min tokens.
  client(
    {
      id: '268feb14-73b8-4eb2-bfaa-b6ad5f4f087d',
      name: 'webchat-support-portal',
      description: 'Chat on the support portal',
      accessTokenValiditySeconds: 1800,
      registeredRedirectUri: ['https://support.example.com/chat/oauth/callback'],
      scope: ['conversations', 'users:readonly'],
      authorizedGrantType: 'CODE',
      dateCreated: '2022-08-01T13:05:00.000Z',
      dateModified: '2024-02-19T08:22:31.870Z',
    },
    [],
  ),
  // Compliant widget with two redirect URIs.
  client(
    {
      id: '86052bec-3abb-46f9-850d-6deedc0ddf2f',
      name: 'Web Messaging Mobile App',
      description: 'In-app messaging for the Brightline mobile app',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://m.example.com/oauth/cb', 'https://app.example.com/oauth/cb'],
      scope: ['conversations'],
      authorizedGrantType: 'CODE',
      dateCreated: '2024-05-20T10:00:00.000Z',
      dateModified: '2024-05-20T10:00:00.000Z',
    },
    [],
  ),
  // Forbidden scope: `users` (write access to users) is forbidden and outside the allowlist.
  client(
    {
      id: '0d76a0e6-20e0-4285-86ee-5f579c67b2fc',
      name: 'Web Messaging Partner Portal',
      description: 'Partners chat with our agents',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://partners.example.com/cb'],
      scope: ['conversations', 'users'],
      authorizedGrantType: 'CODE',
      dateCreated: '2023-10-09T16:45:12.000Z',
      dateModified: '2025-06-30T07:11:54.412Z',
    },
    ['scope-forbidden', 'scope-not-allowed'],
  ),
  // Holds `analytics`, outside the allowlist: exempted by the policy (SEC-1234), so it passes.
  client(
    {
      id: 'de76e692-e03c-4ff5-a160-61b9041a8e55',
      name: 'Web Messaging Legacy Widget',
      description: 'Old widget that shows queue waiting times',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://legacy.example.com/widget/callback'],
      scope: ['conversations', 'analytics'],
      authorizedGrantType: 'CODE',
      dateCreated: '2021-02-11T11:30:00.000Z',
      dateModified: '2023-01-05T09:00:00.000Z',
    },
    ['scope-not-allowed'],
  ),
  // Implicit grant on a widget: not allowed by the rule, and the built-in implicit-grant check.
  client(
    {
      id: 'b2913085-acd8-4634-9ac2-c7fdfaa05cc0',
      name: 'webchat-campaigns',
      description: 'Chat on marketing landing pages',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://campaigns.example.com/chat/cb'],
      scope: ['conversations'],
      authorizedGrantType: 'TOKEN',
      dateCreated: '2022-04-18T14:20:00.000Z',
      dateModified: '2022-04-18T14:20:00.000Z',
    },
    ['grant-type-not-allowed', 'implicit-grant'],
  ),
  // Lacks the required `conversations` scope.
  client(
    {
      id: 'bc73aa89-90ab-4ecf-9fc2-e96a8d5cac2b',
      name: 'webchat-kiosk',
      description: 'Store kiosk: shows deployment settings only',
      accessTokenValiditySeconds: 900,
      registeredRedirectUri: ['https://kiosk.example.com/cb'],
      scope: ['users:readonly', 'webdeployments:readonly'],
      authorizedGrantType: 'CODE',
      dateCreated: '2024-09-02T08:00:00.000Z',
      dateModified: '2024-09-02T08:00:00.000Z',
    },
    ['missing-scope'],
  ),
  // Seven scopes where the rule allows six, three of them outside the allowlist.
  client(
    {
      id: 'c347e857-69e9-43b7-a821-21f353cd6e19',
      name: 'Web Messaging Omnichannel Hub',
      description: 'Widget that also shows agent presence and queue stats',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://hub.example.com/cb'],
      scope: [
        'conversations',
        'users:readonly',
        'webdeployments:readonly',
        'messaging:readonly',
        'routing:readonly',
        'presence:readonly',
        'analytics:readonly',
      ],
      authorizedGrantType: 'CODE',
      dateCreated: '2025-01-15T12:00:00.000Z',
      dateModified: '2025-08-21T17:03:29.001Z',
    },
    ['too-many-scopes', 'scope-not-allowed'],
  ),
  // Redirects to a host outside *.example.com.
  client(
    {
      id: 'ad99ce4b-dde3-4833-9b5e-f869bf294807',
      name: 'Web Messaging Staging',
      description: 'Staging copy of the main widget',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://staging.example.net/messaging/cb'],
      scope: ['conversations'],
      authorizedGrantType: 'CODE',
      dateCreated: '2023-03-14T09:30:00.000Z',
      dateModified: '2023-03-14T09:30:00.000Z',
    },
    ['redirect-host-not-allowed'],
  ),
  // 2h tokens where the rule allows 1h.
  client(
    {
      id: 'dafca380-db7d-40b4-bbc1-f8a1761efb0b',
      name: 'webchat-help-center',
      description: 'Chat in the help centre',
      accessTokenValiditySeconds: 7200,
      registeredRedirectUri: ['https://help.example.com/cb'],
      scope: ['conversations', 'messaging:readonly'],
      authorizedGrantType: 'CODE',
      dateCreated: '2022-11-23T10:10:10.000Z',
      dateModified: '2025-03-03T03:03:03.000Z',
    },
    ['token-lifetime'],
  ),
  // Scheduled for deletion: inactive with dateToDelete (info).
  client(
    {
      id: '3a8c2b8e-e98e-4115-890e-f63562add994',
      name: 'Web Messaging Pilot 2024',
      description: 'Pilot widget, replaced by the main site widget',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://pilot.example.com/cb'],
      scope: ['conversations'],
      authorizedGrantType: 'CODE',
      state: 'inactive',
      dateCreated: '2024-01-08T09:00:00.000Z',
      dateModified: '2026-10-20T12:00:00.000Z',
      dateToDelete: '2026-12-15T00:00:00.000Z',
    },
    ['inactive-client'],
  ),
  // Disabled (info).
  client(
    {
      id: 'b8dfd0c7-8443-49ef-8fcb-fe84929a42a6',
      name: 'webchat-holiday-campaign',
      description: 'Seasonal chat, switched off until December',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://holiday.example.com/cb'],
      scope: ['conversations'],
      authorizedGrantType: 'CODE',
      state: 'disabled',
      dateCreated: '2023-11-20T09:00:00.000Z',
      dateModified: '2024-01-10T09:00:00.000Z',
    },
    ['inactive-client'],
  ),

  // --- Agent, supervisor and CRM apps (rule agent-apps) ---

  // Compliant: CODE, 12h tokens, an https redirect plus http://localhost for development (fine).
  client(
    {
      id: 'd8f02a6f-7a3d-470d-9bea-460931528b22',
      name: 'Agent Desktop',
      description: 'Custom agent desktop',
      accessTokenValiditySeconds: 43200,
      registeredRedirectUri: ['https://agent.example.com/callback', 'http://localhost:3000/cb'],
      scope: [
        'conversations',
        'users:readonly',
        'routing',
        'presence',
        'analytics:readonly',
        'notifications',
        'user-basic-info',
      ],
      authorizedGrantType: 'CODE',
      dateCreated: '2021-06-01T08:00:00.000Z',
      dateModified: '2025-10-14T16:27:45.550Z',
    },
    [],
  ),
  // Compliant SAML2-BEARER app without redirect URIs.
  client(
    {
      id: '3ec4c9d1-d4d7-464e-993f-0d71cf544efe',
      name: 'Supervisor Dashboard',
      description: 'Real-time queue view for supervisors, SSO via SAML',
      accessTokenValiditySeconds: 28800,
      scope: [
        'analytics:readonly',
        'conversations:readonly',
        'routing:readonly',
        'users:readonly',
        'quality:readonly',
        'presence:readonly',
      ],
      authorizedGrantType: 'SAML2-BEARER',
      dateCreated: '2022-02-02T12:00:00.000Z',
      dateModified: '2024-12-01T12:00:00.000Z',
    },
    [],
  ),
  // 48h tokens: above the rule's 12h and the built-in 24h.
  client(
    {
      id: '198f21c7-8f30-45c5-88b5-82c74b9b4e97',
      name: 'CRM Salesforce Connector',
      description: 'Click-to-dial and screen pop in Salesforce',
      accessTokenValiditySeconds: 172800,
      scope: ['conversations', 'users:readonly', 'external-contacts'],
      authorizedGrantType: 'SAML2-BEARER',
      dateCreated: '2021-09-09T09:09:09.000Z',
      dateModified: '2025-04-04T04:04:04.000Z',
    },
    ['token-lifetime'],
  ),
  // Insecure redirect: plain http to a non-loopback host, which rule agent-apps does not allow either.
  client(
    {
      id: '14a10812-b818-4125-9aed-b0237bec5767',
      name: 'Agent Scripts Editor',
      description: 'Edits call scripts',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['http://scripts.example.com/oauth/callback'],
      scope: ['scripts', 'users:readonly'],
      authorizedGrantType: 'CODE',
      dateCreated: '2022-07-07T07:07:07.000Z',
      dateModified: '2022-07-07T07:07:07.000Z',
    },
    ['redirect-scheme-not-allowed', 'insecure-redirect-uri'],
  ),
  // Insecure redirect: a wildcard host.
  client(
    {
      id: 'a814189a-a0ef-4a62-b190-fdf65c4c9ca0',
      name: 'Agent Wallboard',
      description: 'Team wallboards in every office',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://*.example.com/cb'],
      scope: ['analytics:readonly', 'routing:readonly'],
      authorizedGrantType: 'CODE',
      dateCreated: '2023-05-05T05:05:05.000Z',
      dateModified: '2023-05-05T05:05:05.000Z',
    },
    ['insecure-redirect-uri'],
  ),
  // Insecure redirect: a #fragment.
  client(
    {
      id: '959df402-3735-4433-aca6-1ddc7feb64b3',
      name: 'Supervisor Coaching Portal',
      description: 'Coaching sessions and learning modules',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://coaching.example.com/callback#section'],
      scope: ['coaching', 'learning', 'users:readonly'],
      authorizedGrantType: 'CODE',
      dateCreated: '2024-03-03T10:00:00.000Z',
      dateModified: '2024-03-03T10:00:00.000Z',
    },
    ['insecure-redirect-uri'],
  ),
  // Insecure redirect: userinfo in the URI.
  client(
    {
      id: 'b0ee77c6-d4af-4210-a9b9-b14a9e6d3335',
      name: 'CRM Sidebar',
      description: 'Customer history next to the conversation',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://svc-crm@crm.example.com/oauth/callback'],
      scope: ['conversations', 'external-contacts'],
      authorizedGrantType: 'CODE',
      dateCreated: '2023-12-12T12:12:12.000Z',
      dateModified: '2023-12-12T12:12:12.000Z',
    },
    ['insecure-redirect-uri'],
  ),
  // Insecure redirect: a URI that does not parse (its host cannot be judged either).
  client(
    {
      id: 'f5b21ad6-3c2d-4a95-9ab1-1663622780c0',
      name: 'Agent Assist Prototype',
      description: 'Hackathon prototype',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://[assist.example.com/callback'],
      scope: ['conversations:readonly', 'knowledge:readonly'],
      authorizedGrantType: 'CODE',
      dateCreated: '2025-07-01T09:00:00.000Z',
      dateModified: '2025-07-01T09:00:00.000Z',
    },
    ['insecure-redirect-uri'],
  ),
  // Forbidden scope: `oauth` lets an agent app manage OAuth clients.
  client(
    {
      id: 'eb00bab2-6044-49a0-9992-ee447ca435db',
      name: 'Agent Toolbox',
      description: 'Utilities for team leads',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://toolbox.example.com/cb'],
      scope: ['conversations', 'oauth', 'users:readonly'],
      authorizedGrantType: 'CODE',
      dateCreated: '2024-10-10T10:10:10.000Z',
      dateModified: '2025-09-09T09:09:09.000Z',
    },
    ['scope-forbidden'],
  ),
  // Resource-owner password grant (critical). agent-apps only matches CODE/SAML2-BEARER: unmatched.
  client(
    {
      id: '578ea758-cff3-4050-b35d-1c48cb251978',
      name: 'Agent Desktop Classic',
      description: 'Old thick client that asks for the agent password',
      accessTokenValiditySeconds: 86400,
      scope: ['conversations', 'users:readonly'],
      authorizedGrantType: 'PASSWORD',
      dateCreated: '2019-04-01T08:00:00.000Z',
      dateModified: '2021-01-01T08:00:00.000Z',
    },
    ['password-grant', 'unmatched-client'],
  ),
  // Old spelling `SAML2BEARER`: normalised, matched by agent-apps, passes.
  client(
    {
      id: 'd5c78b27-9867-495b-b7b3-b92737725b35',
      name: 'Agent SSO Bridge',
      description: 'SAML sign-in for the agent desktop (created with an old SDK)',
      accessTokenValiditySeconds: 3600,
      scope: ['conversations', 'users:readonly', 'presence'],
      authorizedGrantType: 'SAML2BEARER',
      dateCreated: '2020-10-10T10:00:00.000Z',
      dateModified: '2020-10-10T10:00:00.000Z',
    },
    [],
  ),
  // A scope the org's catalogue does not know.
  client(
    {
      id: '486946e1-0b7a-4cc8-a940-751da9e22588',
      name: 'Supervisor Reports Plugin',
      description: 'Exports supervisor reports',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://reports-plugin.example.com/cb'],
      scope: ['analytics:readonly', 'legacy-reports'],
      authorizedGrantType: 'CODE',
      dateCreated: '2020-02-20T20:20:20.000Z',
      dateModified: '2020-02-20T20:20:20.000Z',
    },
    ['unknown-scope'],
  ),

  // --- Clients no rule claims ---

  // Implicit grant, and no rule for wallboards.
  client(
    {
      id: '79f2e530-b5ed-424e-84f7-1053f6d7fb19',
      name: 'Queue Wallboard TV',
      description: 'Browser on the TV in the call floor',
      accessTokenValiditySeconds: 86400,
      registeredRedirectUri: ['https://wallboard.example.com/tv'],
      scope: ['analytics:readonly', 'routing:readonly'],
      authorizedGrantType: 'TOKEN',
      dateCreated: '2021-12-01T08:00:00.000Z',
      dateModified: '2021-12-01T08:00:00.000Z',
    },
    ['implicit-grant', 'unmatched-client'],
  ),
  // A well-configured CODE client that no rule claims.
  client(
    {
      id: 'ab22bc50-0649-44d6-a007-a110135ea47d',
      name: 'Reporting Dashboard',
      description: 'Management reporting site',
      accessTokenValiditySeconds: 3600,
      registeredRedirectUri: ['https://reports.example.com/oauth/callback'],
      scope: ['analytics:readonly', 'users:readonly'],
      authorizedGrantType: 'CODE',
      dateCreated: '2024-06-06T06:06:06.000Z',
      dateModified: '2024-06-06T06:06:06.000Z',
    },
    ['unmatched-client'],
  ),
  // A grant type the tool does not know: reported, never a crash.
  client(
    {
      id: '37c455c0-1775-402c-be4b-e9b22a314483',
      name: 'Device Pairing Service',
      description: 'Pairs desk phones with agents',
      accessTokenValiditySeconds: 3600,
      scope: ['devices', 'stations:readonly'],
      authorizedGrantType: 'DEVICE-CODE',
      dateCreated: '2026-02-14T14:00:00.000Z',
      dateModified: '2026-02-14T14:00:00.000Z',
    },
    ['unknown-grant-type', 'unmatched-client'],
  ),

  // --- Server-to-server integrations (rule integrations) ---

  // Compliant: one read-only role in a named division; token lifetime absent (Genesys default 24h).
  client(
    {
      id: 'c6ffd301-28c9-462d-ac69-ac9873a15c77',
      name: 'Salesforce Data Sync',
      description: 'Nightly sync of queue data to Salesforce',
      roleDivisions: [roleIn(ROLE.integrationReadOnly, DIV.emea)],
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      dateCreated: '2022-03-03T03:00:00.000Z',
      dateModified: '2024-08-08T08:00:00.000Z',
      by: USER.omar,
    },
    [],
  ),
  // Compliant: two roles, each in a named division.
  client(
    {
      id: '65de994c-2d45-4f8c-b03a-5f32136e0746',
      name: 'WFM Schedule Export',
      description: 'Exports schedules to the payroll system',
      accessTokenValiditySeconds: 86400,
      roleDivisions: [roleIn(ROLE.workforceScheduler, DIV.workforce), roleIn(ROLE.employee, DIV.home)],
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      dateCreated: '2023-07-17T07:00:00.000Z',
      dateModified: '2023-07-17T07:00:00.000Z',
      by: USER.omar,
    },
    [],
  ),
  // Holds Master Admin: forbidden for integrations.
  client(
    {
      id: '82669edf-ced5-424a-8571-a09c888e8225',
      name: 'Billing Export Job',
      description: 'Monthly usage export for finance',
      accessTokenValiditySeconds: 86400,
      roleDivisions: [roleIn(ROLE.masterAdmin, DIV.home)],
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      dateCreated: '2020-01-31T23:00:00.000Z',
      dateModified: '2022-05-05T05:00:00.000Z',
      by: USER.omar,
    },
    ['role-forbidden'],
  ),
  // Holds an `…Admin…` role (`Communicate - Admin`): forbidden by `*admin*`.
  client(
    {
      id: 'cd0cb336-3785-496c-88ed-8ea34359f811',
      name: 'Quality Evaluations Loader',
      description: 'Imports evaluations from the old QA tool',
      accessTokenValiditySeconds: 86400,
      roleDivisions: [
        roleIn(ROLE.communicateAdmin, DIV.backOffice),
        roleIn(ROLE.qualityEvaluator, DIV.backOffice),
      ],
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      dateCreated: '2023-02-28T12:00:00.000Z',
      dateModified: '2023-02-28T12:00:00.000Z',
    },
    ['role-forbidden'],
  ),
  // A role granted in every division (`*`).
  client(
    {
      id: '27a0ffa9-c68c-4491-bb82-f26a5a77634d',
      name: 'Data Lake Exporter',
      description: 'Streams conversation analytics to the data lake',
      accessTokenValiditySeconds: 86400,
      roleDivisions: [roleIn(ROLE.analyticsReader, '*')],
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      dateCreated: '2024-11-11T11:00:00.000Z',
      dateModified: '2025-01-20T11:00:00.000Z',
      by: USER.pipeline,
    },
    ['all-divisions-role'],
  ),
  // Only the deprecated `roleIds` (no division): resolved through the role list, passes.
  client(
    {
      id: '4ade4cd4-9aa4-43c6-847b-d994820a2d90',
      name: 'Legacy Recording Archiver',
      description: 'Moves recordings to cold storage (created before roleDivisions existed)',
      accessTokenValiditySeconds: 86400,
      roleIds: [ROLE.recordingReader],
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      dateCreated: '2018-05-05T05:00:00.000Z',
      dateModified: '2019-05-05T05:00:00.000Z',
    },
    [],
  ),
  // Four roles where the rule allows three.
  client(
    {
      id: 'aa42f5ed-b81b-49b7-8986-420c7157985d',
      name: 'Ops Multi-Tool Integration',
      description: 'One integration that grew to do everything',
      accessTokenValiditySeconds: 86400,
      roleDivisions: [
        roleIn(ROLE.integrationReadOnly, DIV.emea),
        roleIn(ROLE.analyticsReader, DIV.northAmerica),
        roleIn(ROLE.recordingReader, DIV.backOffice),
        roleIn(ROLE.routingManager, DIV.northAmerica),
      ],
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      dateCreated: '2022-09-19T09:00:00.000Z',
      dateModified: '2025-12-01T09:00:00.000Z',
      by: USER.omar,
    },
    ['too-many-roles'],
  ),
  // The one automation allowed Master Admin in all divisions (rule platform-automation); passes.
  client(
    {
      id: '28aff48b-0271-4238-98c5-67a61bd9bf71',
      name: 'Platform Admin Automation',
      description: 'CX as Code pipeline (Terraform)',
      accessTokenValiditySeconds: 3600,
      roleDivisions: [roleIn(ROLE.masterAdmin, '*')],
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      dateCreated: '2021-01-04T09:00:00.000Z',
      dateModified: '2026-01-04T09:00:00.000Z',
      by: USER.pipeline,
    },
    [],
  ),
  // Old spelling `CLIENT_CREDENTIALS`: normalised, matched by integrations, passes.
  client(
    {
      id: '318267b3-85df-4b8d-bdda-db5117281892',
      name: 'Queue Stats Collector',
      description: 'Feeds queue statistics to the NOC (created with an old SDK)',
      accessTokenValiditySeconds: 86400,
      roleDivisions: [roleIn(ROLE.integrationReadOnly, DIV.northAmerica)],
      authorizedGrantType: 'CLIENT_CREDENTIALS',
      dateCreated: '2019-09-09T09:00:00.000Z',
      dateModified: '2019-09-09T09:00:00.000Z',
    },
    [],
  ),
  // Carries a legacy `secret` field: the audit must drop it; it must appear in no output.
  client(
    {
      id: '987556ad-0a53-42ba-891c-a90a298acf5d',
      name: 'Survey Integration',
      description: 'Post-call surveys',
      accessTokenValiditySeconds: 86400,
      secret: DEMO_LEGACY_SECRET,
      roleDivisions: [roleIn(ROLE.integrationReadOnly, DIV.home)],
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      dateCreated: '2020-06-06T06:00:00.000Z',
      dateModified: '2020-06-06T06:00:00.000Z',
    },
    [],
  ),
  // The audit identity itself: least privilege, passes.
  client(
    {
      id: 'd5b4b2b4-7f20-4822-b164-14bf6d1a1d3c',
      name: 'OAuth Audit (GitHub Actions)',
      description: 'genesys-oauth-audit, nightly',
      accessTokenValiditySeconds: 3600,
      roleDivisions: [roleIn(ROLE.oauthAuditor, DIV.home)],
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      dateCreated: '2026-11-01T09:00:00.000Z',
      dateModified: '2026-11-01T09:00:00.000Z',
      by: USER.pipeline,
    },
    [],
  ),
];

/** Checks the example policy should raise, per demo client ID (exempted findings included). */
export const DEMO_EXPECTED_CHECKS: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(demoClients.map((d) => [d.client.id, Object.freeze([...d.expect])])),
);

/** A fresh copy of the demo org (callers may mutate it). */
export function demoOrg(): SeedOrg {
  return structuredClone({
    id: DEMO_ORG_ID,
    name: DEMO_ORG_NAME,
    clients: demoClients.map((d) => d.client),
    roles,
    divisions,
  });
}
