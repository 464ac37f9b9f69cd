<?php

namespace App\Console\Commands;

use App\Models\CampaignDraft;
use Illuminate\Console\Command;
use OpenAI\Laravel\Facades\OpenAI;

class DraftCampaign extends Command
{
    protected $signature = 'campaign:draft {brief : Qué se promociona, fechas, descuento} {--variants=3}';

    protected $description = 'Genera borradores de plantillas de WhatsApp para que marketing los revise en el panel';

    public function handle(): int
    {
        $n = (int) $this->option('variants');
        for ($i = 0; $i < $n; $i++) {
            $res = OpenAI::chat()->create([
                'model' => config('campaigns.model'),
                'temperature' => 0.9,
                'response_format' => ['type' => 'json_object'],
                'messages' => [
                    ['role' => 'system', 'content' => config('campaigns.copywriter_prompt')],
                    ['role' => 'user', 'content' => 'Campaña: ' . $this->argument('brief')],
                ],
            ]);
            $d = json_decode($res->choices[0]->message->content, true) ?? [];
            $draft = CampaignDraft::create([
                'brief' => $this->argument('brief'),
                'template_name' => $d['nombre_plantilla'] ?? 'borrador_' . now()->format('YmdHis'),
                'body' => $d['cuerpo'] ?? '',
                'button' => $d['boton'] ?? null,
                'reviewer_notes' => $d['notas_para_revisor'] ?? null,
            ]);
            $this->info("Borrador #{$draft->id}: {$draft->template_name}");
        }
        $this->line('Revisa y aprueba en /admin/campaigns antes de enviarlos a Meta.');

        return self::SUCCESS;
    }
}
