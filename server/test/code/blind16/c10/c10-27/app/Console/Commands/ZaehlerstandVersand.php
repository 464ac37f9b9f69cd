<?php

namespace App\Console\Commands;

use App\Models\Kunde;
use App\Notifications\ZaehlerstandErinnerung;
use Illuminate\Console\Command;

class ZaehlerstandVersand extends Command
{
    protected $signature = 'wa:zaehlerstand {stichtag}';
    protected $description = 'Erinnert Kunden per WhatsApp-Vorlage an die jährliche Zählerstandsmeldung';

    public function handle(): int
    {
        Kunde::query()->where('ablesung_offen', true)->chunkById(500, function ($kunden) {
            foreach ($kunden as $k) {
                $k->notify(new ZaehlerstandErinnerung($this->argument('stichtag')));
            }
        });
        $this->info('Versand eingeplant.');
        return self::SUCCESS;
    }
}
