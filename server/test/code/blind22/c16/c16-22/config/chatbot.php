<?php

return [
    'business_name' => env('CHATBOT_BUSINESS_NAME', ''),
    'services'      => env('CHATBOT_SERVICES', ''),
    'support_phone' => env('CHATBOT_SUPPORT_PHONE', ''),
    'tone'          => env('CHATBOT_TONE', 'chaleureux et professionnel'),
    'model'         => env('CHATBOT_MODEL', 'gpt-4o-mini'),
    'history'       => 10,
];
