import { z } from 'zod';

/** The parts of each format the rules read; unknown keys are allowed (tools add keys between versions). */
const Message = z.looseObject({ role: z.string(), content: z.string() });

export const PromptYmlSchema = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  model: z.string().optional(),
  messages: z.array(Message),
});

export const N8nWorkflowSchema = z.looseObject({
  name: z.string().optional(),
  nodes: z.array(
    z.looseObject({ name: z.string(), type: z.string(), parameters: z.record(z.string(), z.unknown()).optional() }),
  ),
  connections: z.record(
    z.string(),
    z.record(z.string(), z.array(z.array(z.looseObject({ node: z.string() })).nullable())),
  ),
});

export const RasaFlowsSchema = z.looseObject({
  flows: z.record(
    z.string(),
    z.looseObject({ description: z.string().optional(), steps: z.array(z.record(z.string(), z.unknown())) }),
  ),
});

export const RasaDomainSchema = z.looseObject({
  responses: z
    .record(
      z.string(),
      z.array(
        z.looseObject({
          text: z.string().optional(),
          metadata: z
            .looseObject({ rephrase: z.boolean().optional(), rephrase_prompt: z.string().optional() })
            .optional(),
        }),
      ),
    )
    .optional(),
});

export const RasaEndpointsSchema = z.looseObject({
  model_groups: z
    .array(
      z.looseObject({
        id: z.string(),
        models: z.array(z.looseObject({ provider: z.string(), model: z.string().optional() })),
      }),
    )
    .optional(),
});

export const TwilioStudioSchema = z.looseObject({
  description: z.string().optional(),
  initial_state: z.string(),
  states: z.array(
    z.looseObject({
      name: z.string(),
      type: z.string(),
      transitions: z.array(z.looseObject({ event: z.string(), next: z.string().optional() })),
      properties: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});

const TypebotBlock = z.looseObject({
  id: z.string(),
  type: z.string(),
  outgoingEdgeId: z.string().optional(),
  options: z
    .looseObject({
      action: z.string().optional(),
      model: z.string().optional(),
      messages: z.array(z.looseObject({ role: z.string().optional(), content: z.string().optional() })).optional(),
    })
    .optional(),
});

export const TypebotSchema = z.looseObject({
  version: z.string().optional(),
  events: z.array(z.looseObject({ id: z.string(), type: z.string() })).optional(),
  groups: z.array(z.looseObject({ id: z.string(), title: z.string().optional(), blocks: z.array(TypebotBlock) })),
  edges: z.array(
    z.looseObject({
      from: z.looseObject({
        blockId: z.string().optional(),
        groupId: z.string().optional(),
        eventId: z.string().optional(),
        itemId: z.string().optional(),
      }),
      to: z.looseObject({ groupId: z.string(), blockId: z.string().optional() }),
    }),
  ),
  whatsAppCredentialsId: z.string().nullable().optional(),
});

export const FlowiseChatflowSchema = z.looseObject({
  nodes: z.array(
    z.looseObject({
      id: z.string(),
      data: z.looseObject({
        id: z.string().optional(),
        name: z.string(),
        label: z.string().optional(),
        category: z.string().optional(),
        inputs: z.record(z.string(), z.unknown()).optional(),
      }),
    }),
  ),
  edges: z.array(
    z.looseObject({
      source: z.string(),
      target: z.string(),
      sourceHandle: z.string().optional(),
      targetHandle: z.string().optional(),
    }),
  ),
});

/** Dialogflow CX agent export (a folder of JSON files; references between files use display names). */
const CxFulfillment = z.looseObject({
  messages: z
    .array(
      z.looseObject({
        text: z.looseObject({ text: z.array(z.string()) }).optional(),
        liveAgentHandoff: z.looseObject({ metadata: z.record(z.string(), z.unknown()).optional() }).optional(),
      }),
    )
    .optional(),
  webhook: z.string().optional(),
  generators: z.array(z.looseObject({ generator: z.string(), outputParameter: z.string().optional() })).optional(),
  enableGenerativeFallback: z.boolean().optional(),
});
const CxTarget = {
  targetPage: z.string().optional(),
  targetFlow: z.string().optional(),
  targetPlaybook: z.string().optional(),
};
const CxRoute = z.looseObject({
  intent: z.string().optional(),
  condition: z.string().optional(),
  triggerFulfillment: CxFulfillment.optional(),
  ...CxTarget,
});
const CxHandler = z.looseObject({ event: z.string(), triggerFulfillment: CxFulfillment.optional(), ...CxTarget });
const CxModel = z.looseObject({ model: z.string().optional() });
const CxStep = z.looseObject({
  text: z.string().optional(),
  steps: z.array(z.record(z.string(), z.unknown())).optional(),
});

/** Console and gcloud exports have no displayName in agent.json: the folder names the agent. */
export const DialogflowCxAgentSchema = z.looseObject({
  displayName: z.string().optional(),
  defaultLanguageCode: z.string(),
  startFlow: z.string().optional(),
  startPlaybook: z.string().optional(),
});
export const DialogflowCxFlowSchema = z.looseObject({
  displayName: z.string(),
  transitionRoutes: z.array(CxRoute).optional(),
  eventHandlers: z.array(CxHandler).optional(),
});
export const DialogflowCxPageSchema = z.looseObject({
  displayName: z.string(),
  entryFulfillment: CxFulfillment.optional(),
  form: z
    .looseObject({
      parameters: z
        .array(
          z.looseObject({
            fillBehavior: z.looseObject({ repromptEventHandlers: z.array(CxHandler).optional() }).optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  transitionRoutes: z.array(CxRoute).optional(),
  eventHandlers: z.array(CxHandler).optional(),
});
export const DialogflowCxTrainingPhrasesSchema = z.looseObject({
  trainingPhrases: z.array(z.looseObject({ parts: z.array(z.looseObject({ text: z.string() })) })),
});
export const DialogflowCxPlaybookSchema = z.looseObject({
  displayName: z.string(),
  goal: z.string().optional(),
  instruction: z.looseObject({ steps: z.array(CxStep).optional(), guidelines: z.string().optional() }).optional(),
  steps: z.array(CxStep).optional(),
  referencedPlaybooks: z.array(z.string()).optional(),
  referencedFlows: z.array(z.string()).optional(),
  llmModelSettings: CxModel.optional(),
});
export const DialogflowCxGeneratorSchema = z.looseObject({
  displayName: z.string(),
  promptText: z.looseObject({ text: z.string() }).optional(),
  llmModelSettings: CxModel.optional(),
});
/** generators/<G>/phrases/<lang>.json: the generator's prompt in real exports. */
export const DialogflowCxGeneratorPhrasesSchema = z.looseObject({
  promptTexts: z.array(z.looseObject({ text: z.string(), languageCode: z.string().optional() })),
});
/** flows/<F>/transitionRouteGroups/<G>.json (listed by name in a flow's or page's `transitionRouteGroups`). */
export const DialogflowCxRouteGroupSchema = z.looseObject({
  displayName: z.string(),
  transitionRoutes: z.array(CxRoute).optional(),
});
export const DialogflowCxGenerativeSettingsSchema = z.looseObject({
  fallbackSettings: z
    .looseObject({
      selectedPrompt: z.string().optional(),
      promptTemplates: z
        .array(
          z.looseObject({
            displayName: z.string().optional(),
            promptText: z.string().optional(),
            frozen: z.boolean().optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  knowledgeConnectorSettings: z
    .looseObject({
      business: z.string().optional(),
      agent: z.string().optional(),
      businessDescription: z.string().optional(),
      agentScope: z.string().optional(),
    })
    .optional(),
  languageCode: z.string().optional(),
  llmModelSettings: CxModel.optional(),
});
export const DialogflowCxWebhookSchema = z.looseObject({
  displayName: z.string(),
  genericWebService: z.looseObject({ uri: z.string().optional() }).optional(),
});

/** Microsoft Copilot Studio (agent.mcs.yml / settings.mcs.yml / topics/*.mcs.yml, or a solution export's botcomponents/<x>/data and bots/<x>/configuration.json). */
const McsAction: z.ZodType = z.lazy(() =>
  z.looseObject({
    kind: z.string(),
    id: z.string().optional(),
    actions: z.array(McsAction).optional(),
    conditions: z
      .array(z.looseObject({ condition: z.string().optional(), actions: z.array(McsAction).optional() }))
      .optional(),
    elseActions: z.array(McsAction).optional(),
    dialog: z.string().optional(),
    additionalInstructions: z.string().optional(),
    webBrowsing: z.boolean().optional(),
    applyModelKnowledgeSetting: z.boolean().optional(),
    publicDataSource: z.looseObject({ sites: z.array(z.string()).optional() }).optional(),
    transferType: z.looseObject({ kind: z.string(), messageToAgent: z.string().optional() }).optional(),
    conversationOutcome: z.string().optional(),
  }),
);
export const CopilotStudioTopicSchema = z.looseObject({
  kind: z.literal('AdaptiveDialog'),
  modelDescription: z.string().nullable().optional(),
  beginDialog: z.looseObject({
    kind: z.string(),
    intent: z
      .looseObject({ displayName: z.string().optional(), triggerQueries: z.array(z.string()).optional() })
      .optional(),
    actions: z.array(McsAction).optional(),
  }),
});
export const CopilotStudioAgentSchema = z.looseObject({
  kind: z.literal('GptComponentMetadata'),
  instructions: z.string().nullable().optional(),
  gptCapabilities: z.looseObject({ webBrowsing: z.boolean().optional() }).optional(),
  aISettings: z.looseObject({ model: z.looseObject({ modelNameHint: z.string().optional() }).optional() }).optional(),
});
const McsSettingsBody = {
  settings: z.looseObject({ GenerativeActionsEnabled: z.boolean().optional() }).optional(),
  aISettings: z.looseObject({ useModelKnowledge: z.boolean().optional() }).optional(),
};
export const CopilotStudioSettingsSchema = z.looseObject({
  configuration: z
    .looseObject({ ...McsSettingsBody, recognizer: z.looseObject({ kind: z.string() }).optional() })
    .optional(),
});
export const CopilotStudioConfigurationSchema = z.looseObject({
  ...McsSettingsBody,
  recognizer: z.looseObject({ $kind: z.string() }).optional(),
  channels: z.array(z.looseObject({ channelId: z.string() })).optional(),
});

/** Dify app DSL (YAML): `app.mode`, then `workflow.graph` (chatflow, workflow) or `model_config` (chat, agent). */
const DifyNode = z.looseObject({
  id: z.union([z.string(), z.number()]),
  type: z.string().optional(),
  data: z.looseObject({
    type: z.string(),
    title: z.string().optional(),
    prompt_template: z
      .union([
        z.array(z.looseObject({ role: z.string().optional(), text: z.string().optional() })),
        z.looseObject({ text: z.string().optional() }),
      ])
      .optional(),
    agent_parameters: z
      .looseObject({ instruction: z.looseObject({ value: z.string().optional() }).optional() })
      .optional(),
    classes: z.array(z.looseObject({ id: z.union([z.string(), z.number()]), name: z.string() })).optional(),
    url: z.string().optional(),
    model: z.looseObject({ provider: z.string().optional(), name: z.string().optional() }).optional(),
  }),
});
export const DifyAppSchema = z.looseObject({
  app: z.looseObject({ mode: z.string(), name: z.string().optional() }),
  kind: z.string().optional(),
  workflow: z
    .looseObject({
      graph: z.looseObject({
        nodes: z.array(DifyNode),
        edges: z.array(
          z.looseObject({
            source: z.union([z.string(), z.number()]),
            target: z.union([z.string(), z.number()]),
            sourceHandle: z.union([z.string(), z.number()]).optional(),
          }),
        ),
      }),
    })
    .optional(),
  model_config: z
    .looseObject({
      pre_prompt: z.string().optional(),
      model: z.looseObject({ provider: z.string().optional(), name: z.string().optional() }).optional(),
    })
    .optional(),
});

/** Langflow flow export: `data.nodes[].data.node.template.<field>.value`, edges with `data.targetHandle.fieldName`. */
export const LangflowFlowSchema = z.looseObject({
  data: z.looseObject({
    nodes: z.array(
      z.looseObject({
        id: z.string(),
        type: z.string(),
        data: z.looseObject({
          type: z.string().optional(),
          node: z
            .looseObject({
              display_name: z.string().optional(),
              template: z.record(z.string(), z.unknown()).optional(),
            })
            .optional(),
        }),
      }),
    ),
    edges: z.array(
      z.looseObject({
        source: z.string(),
        target: z.string(),
        data: z
          .looseObject({ targetHandle: z.looseObject({ fieldName: z.string().optional() }).optional() })
          .optional(),
      }),
    ),
  }),
  name: z.string().optional(),
});

/** Voiceflow `.vf`: diagrams of nodes keyed by id, `portsV2` targets, `version.platformData.settings.globalNoMatch`. */
export const VoiceflowProjectSchema = z.looseObject({
  _version: z.string().optional(),
  project: z.looseObject({ name: z.string().optional() }).optional(),
  version: z.looseObject({
    rootDiagramID: z.string().optional(),
    platformData: z.looseObject({
      settings: z
        .looseObject({
          globalNoMatch: z
            .looseObject({ type: z.string(), prompt: z.looseObject({ system: z.string().optional() }).optional() })
            .optional(),
        })
        .optional(),
    }),
  }),
  diagrams: z.record(
    z.string(),
    z.looseObject({
      name: z.string().optional(),
      nodes: z.record(
        z.string(),
        z.looseObject({ type: z.string(), data: z.record(z.string(), z.unknown()).optional() }),
      ),
    }),
  ),
  /** Newer exports: instruction tables the steps name by id (`agentID`, `promptID`). */
  agents: z
    .array(z.looseObject({ id: z.string(), name: z.string().optional(), instructions: z.unknown().optional() }))
    .optional(),
  prompts: z.array(z.looseObject({ id: z.string(), name: z.string().optional() })).optional(),
  promptMessages: z
    .array(z.looseObject({ promptID: z.string(), data: z.looseObject({ role: z.string().optional() }).optional() }))
    .optional(),
});

/** Voiceflow `.vfr` runtime file: compiled `programs` of `lines` that go on by `nextId`. */
export const VoiceflowRuntimeSchema = z.looseObject({
  version: z.looseObject({ rootDiagramID: z.string().optional() }).optional(),
  programs: z.record(
    z.string(),
    z.looseObject({
      startId: z.string().optional(),
      commands: z.array(z.looseObject({ nextId: z.string().optional() })).optional(),
      lines: z.record(z.string(), z.looseObject({ type: z.string(), nextId: z.string().optional() })),
    }),
  ),
});

/** Flowise agentflow v2: `agentFlow` nodes; agent system messages in `data.inputs.agentMessages`. */
export const FlowiseAgentflowSchema = z.looseObject({
  nodes: z.array(
    z.looseObject({
      id: z.string(),
      type: z.string(),
      data: z.looseObject({
        name: z.string(),
        inputs: z
          .looseObject({
            agentMessages: z.array(z.looseObject({ role: z.string(), content: z.string() })).optional(),
            startInputType: z.string().optional(),
            conditionAgentScenarios: z.array(z.looseObject({ scenario: z.string() })).optional(),
          })
          .optional(),
      }),
    }),
  ),
  edges: z.array(z.looseObject({ source: z.string(), target: z.string(), sourceHandle: z.string().optional() })),
});

export const formatSchemas: Record<string, z.ZodType> = {
  'prompt-yml': PromptYmlSchema,
  n8n: N8nWorkflowSchema,
  'rasa-flows': RasaFlowsSchema,
  'rasa-domain': RasaDomainSchema,
  'rasa-endpoints': RasaEndpointsSchema,
  'twilio-studio': TwilioStudioSchema,
  typebot: TypebotSchema,
  flowise: FlowiseChatflowSchema,
  'dialogflow-cx-agent': DialogflowCxAgentSchema,
  'dialogflow-cx-flow': DialogflowCxFlowSchema,
  'dialogflow-cx-page': DialogflowCxPageSchema,
  'dialogflow-cx-training-phrases': DialogflowCxTrainingPhrasesSchema,
  'dialogflow-cx-playbook': DialogflowCxPlaybookSchema,
  'dialogflow-cx-generator': DialogflowCxGeneratorSchema,
  'dialogflow-cx-generative-settings': DialogflowCxGenerativeSettingsSchema,
  'copilot-studio-topic': CopilotStudioTopicSchema,
  'copilot-studio-agent': CopilotStudioAgentSchema,
  'copilot-studio-settings': CopilotStudioSettingsSchema,
  'copilot-studio-configuration': CopilotStudioConfigurationSchema,
  'dialogflow-cx-webhook': DialogflowCxWebhookSchema,
  'dialogflow-cx-generator-phrases': DialogflowCxGeneratorPhrasesSchema,
  'dialogflow-cx-route-group': DialogflowCxRouteGroupSchema,
  dify: DifyAppSchema,
  langflow: LangflowFlowSchema,
  voiceflow: VoiceflowProjectSchema,
  'voiceflow-runtime': VoiceflowRuntimeSchema,
  'flowise-agentflow': FlowiseAgentflowSchema,
};
