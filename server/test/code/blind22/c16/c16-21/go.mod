module gitlab.com/fietsfabriek/wa-assistent

go 1.22

require (
	github.com/aws/aws-sdk-go-v2 v1.32.6
	github.com/aws/aws-sdk-go-v2/config v1.28.6
	github.com/aws/aws-sdk-go-v2/service/bedrockruntime v1.23.0
)
