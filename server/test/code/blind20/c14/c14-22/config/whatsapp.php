<?php

return [
    'token' => env('WHATSAPP_TOKEN'),
    'phone_number_id' => env('WHATSAPP_PHONE_NUMBER_ID'),
    'verify_token' => env('WHATSAPP_VERIFY_TOKEN'),
    'graph_version' => 'v21.0',
    'model' => env('OPENAI_MODEL', 'gpt-4o-mini'),
    'prompt_path' => resource_path('prompts/secretaria.md'),
];
