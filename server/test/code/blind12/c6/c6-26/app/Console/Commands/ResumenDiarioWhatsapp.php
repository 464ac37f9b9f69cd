<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Mail;
use OpenAI\Laravel\Facades\OpenAI;

class ResumenDiarioWhatsapp extends Command
{
    protected $signature = 'reportes:resumen-whatsapp {--fecha=}';
    protected $description = 'Resume las conversaciones de WhatsApp del día anterior y lo manda por mail a gerencia';

    public function handle(): int
    {
        $fecha = $this->option('fecha') ?? now()->subDay()->toDateString();

        $chats = DB::table('wa_mensajes')
            ->whereDate('created_at', $fecha)
            ->orderBy('chat_id')->orderBy('created_at')
            ->get(['chat_id', 'direccion', 'texto'])
            ->groupBy('chat_id')
            ->map(fn ($msgs) => $msgs->map(fn ($m) => ($m->direccion === 'in' ? 'Cliente: ' : 'Vendedor: ') . $m->texto)->implode("\n"))
            ->values()
            ->implode("\n---\n");

        if ($chats === '') {
            $this->info('Sin conversaciones.');
            return self::SUCCESS;
        }

        $res = OpenAI::chat()->create([
            'model' => 'gpt-4o-mini',
            'messages' => [
                ['role' => 'system', 'content' => config('reportes.prompt_resumen')],
                ['role' => 'user', 'content' => $chats],
            ],
        ]);

        $html = $res->choices[0]->message->content;
        Mail::html($html, function ($m) use ($fecha) {
            $m->to(config('reportes.destinatarios'))->subject("Resumen WhatsApp ventas {$fecha}");
        });

        $this->info('Resumen enviado.');
        return self::SUCCESS;
    }
}
