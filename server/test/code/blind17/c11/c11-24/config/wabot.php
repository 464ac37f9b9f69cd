<?php

return [
    'd360_key'     => env('D360_API_KEY'),
    'gemini_key'   => env('GEMINI_API_KEY'),
    'gemini_model' => env('GEMINI_MODEL', 'gemini-1.5-flash'),
    'cs_whatsapp'  => env('CS_WHATSAPP', '966501234567'),
    'store' => [
        'name'     => 'عطور الواحة',
        'city'     => 'الرياض',
        'branches' => ['الرياض بارك', 'النخيل مول', 'حي الملقا'],
        'delivery' => 'التوصيل داخل الرياض خلال 24 ساعة، وباقي مناطق المملكة 2–4 أيام عمل',
        'returns'  => 'الاسترجاع خلال 7 أيام إذا كانت العبوة مغلقة بختمها',
    ],
];
