<?php

return [
    'entreprise' => [
        'nom'     => $_ENV['ENTREPRISE_NOM'] ?? '',
        'domaine' => $_ENV['ENTREPRISE_DOMAINE'] ?? '',
        'contact' => $_ENV['ENTREPRISE_CONTACT'] ?? '',
    ],
    'langue'       => 'français (on peut répondre en wolof simple si l\'utilisateur écrit en wolof)',
    'longueur_max' => 120, // mots
];
