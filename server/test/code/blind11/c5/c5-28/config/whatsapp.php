<?php

return [
    'graph_version' => env('WHATSAPP_GRAPH_VERSION', 'v21.0'),
    'phone_number_id' => env('WHATSAPP_PHONE_NUMBER_ID'),
    'token' => env('WHATSAPP_TOKEN'),
    'templates' => [
        'pedido_enviado' => ['name' => 'pedido_enviado', 'language' => 'pt_BR'],
        'pedido_entregue' => ['name' => 'pedido_entregue', 'language' => 'pt_BR'],
    ],
];
