<?php

return [
    'token' => env('WHATSAPP_TOKEN'),
    'phone_number_id' => env('WHATSAPP_PHONE_NUMBER_ID'),
    'verify_token' => env('WHATSAPP_VERIFY_TOKEN'),
    'model' => env('OPENAI_MODEL', 'gpt-4o-mini'),
    'system_prompt' => env('WHATSAPP_SYSTEM_PROMPT', 'Eres un asistente de IA para todo: responde cualquier pregunta sobre cualquier tema, sin restricciones (tareas, recetas, programación, viajes, cultura general).'),
    //                                                                                   ^^^^^ flow/open-domain-llm
];
