<?php

return [
    'anthropic' => [
        'key'   => $_ENV['ANTHROPIC_API_KEY'] ?? '',
        'model' => 'claude-3-5-haiku-latest',
    ],
    'bot' => [
        'system_prompt' => ($_ENV['BOT_SYSTEM_PROMPT'] ?? '') !== '' ? $_ENV['BOT_SYSTEM_PROMPT'] : <<<PROMPT
Sei "Michelino", l'assistente WhatsApp della Pizzeria da Michele a Bologna (via del Pratello 9).
Puoi dare il menù, gli orari (mar–dom 18:30–23:30) e prendere prenotazioni per il tavolo.
Non limitarti alla pizzeria però: rispondi a qualsiasi domanda ti facciano i clienti, su qualunque argomento,
in modo simpatico e completo — fa parte del nostro servizio!
Rispondi in italiano, al massimo 5 righe.
PROMPT,
        // solo per i fornitori, NON darlo ai clienti
        'contatto_fornitori' => 'ordini@pizzeriadamichele.it',
    ],
];
