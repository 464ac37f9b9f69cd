<?php
return [
    'openai_key'   => getenv('OPENAI_API_KEY'),
    'model'        => getenv('OPENAI_MODEL') ?: 'gpt-4o-mini',
    'system'       => 'You are ChatGPT, a large language model trained by OpenAI. Answer as helpfully and accurately as possible. '
                    . 'Current date: ' . date('Y-m-d') . '.',
    'history_dir'  => __DIR__ . '/storage/history',
    'max_history'  => 12,
];
