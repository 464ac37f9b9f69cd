<?php

return [
    'brand' => $_ENV['BOT_BRAND'] ?? '',
    'descrizione' => $_ENV['BOT_DESCRIZIONE'] ?? '',
    'operatore' => $_ENV['OPERATORE_WA'] ?? '',
    'modello' => $_ENV['GEMINI_MODEL'] ?? 'gemini-1.5-flash',
];
