<?php

return [
    'graph_version' => 'v20.0',
    'phone_id' => env('WA_PHONE_ID'),
    'token' => env('WA_TOKEN'),
    // in WhatsApp Manager freigegebene Vorlagen (Kategorie UTILITY)
    'templates' => [
        'zaehlerstand' => 'zaehlerstand_erinnerung',
        'abschlag' => 'abschlag_geaendert',
    ],
];
