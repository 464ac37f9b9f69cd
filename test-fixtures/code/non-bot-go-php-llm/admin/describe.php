<?php
// Back-office helper: writes product descriptions for the web shop from the catalogue table.
require __DIR__ . '/vendor/autoload.php';

$client = OpenAI::client(getenv('OPENAI_API_KEY'));
$pdo = new PDO(getenv('DATABASE_URL'));

foreach ($pdo->query('SELECT id, name, specs FROM products WHERE description IS NULL') as $product) {
    $result = $client->chat()->create([
        'model' => 'gpt-4o-mini',
        'messages' => [
            ['role' => 'system', 'content' => 'You write short, factual product descriptions for an online hardware shop.'],
            ['role' => 'user', 'content' => "{$product['name']}: {$product['specs']}"],
        ],
    ]);
    $stmt = $pdo->prepare('UPDATE products SET description = ? WHERE id = ?');
    $stmt->execute([$result->choices[0]->message->content, $product['id']]);
}
