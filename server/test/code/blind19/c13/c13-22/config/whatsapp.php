<?php

return [
    'token'        => env('WHATSAPP_TOKEN'),
    'phone_id'     => env('WHATSAPP_PHONE_ID'),
    'verify_token' => env('WHATSAPP_VERIFY_TOKEN'),
    'graph_url'    => 'https://graph.facebook.com/v21.0',
    'prompt_path'  => resource_path('prompts/assistant_whatsapp.txt'),
    'model'        => 'gpt-4o-mini',
];
