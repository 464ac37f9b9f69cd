<?php

return [
    'modelo' => env('ASISTENTE_MODELO', 'gpt-4o-mini'),
    'prompt' => resource_path('prompts/asistente_clientes.md'),
    'max_historial' => 16,
    // Palabras que pasan la conversación a la cola de agentes (Centro de Atención, Alicante)
    'palabras_agente' => ['agente', 'persona', 'operador', 'humano'],
];
