<?php
require __DIR__ . '/vendor/autoload.php';
Dotenv\Dotenv::createImmutable(__DIR__)->safeLoad();

define('D360_KEY', $_ENV['D360_API_KEY'] ?? '');
define('OPENAI_KEY', $_ENV['OPENAI_API_KEY'] ?? '');
define('MODEL', $_ENV['OPENAI_MODEL'] ?? 'gpt-4o-mini');
define('SISTEM_MESAJI', $_ENV['SISTEM_MESAJI'] ?? 'Sen yardımsever bir asistansın. Kısa ve net Türkçe cevaplar ver.');
define('GECMIS_DIZINI', __DIR__ . '/data');
