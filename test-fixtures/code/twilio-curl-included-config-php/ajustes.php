<?php
return [
    'modelo' => 'gpt-4o-mini',
    'llm' => [
        'instrucciones' => 'Eres Lupe, una asistente que responde cualquier pregunta sobre cualquier tema: '
            . 'tareas escolares, recetas, programación o cultura general. '
            . 'Fecha de hoy: ' . date('d/m/Y') . '.',
    ],
];
